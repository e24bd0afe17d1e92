import { z } from 'zod';
import { moneySchema } from '@/lib/forms';
import { allowsLocalWebhooks, checkWebhookUrl } from './webhook-address';

// The thresholds a person may set, with the ranges that keep monitoring meaningful: below them
// every purchase alerts, above them nothing ever would.

const moneyIn = (label: string, min: bigint, max: bigint, minText: string, maxText: string) =>
  moneySchema({ min, max, invalid: `Enter ${label} as an amount, like ${minText}.`, outOfRange: `Choose ${label} between ${minText} and ${maxText}.` });

const wholeIn = (label: string, min: number, max: number, unit: string) =>
  z.coerce
    .number({ error: `Enter ${label} as a whole number.` })
    .int(`Enter ${label} as a whole number.`)
    .min(min, `Choose ${label} between ${min} and ${max} ${unit}.`)
    .max(max, `Choose ${label} between ${min} and ${max} ${unit}.`);

// HTTPS to a public address; plain HTTP and loopback only in local development. Names are
// checked again after DNS, on every delivery (./webhook-request.ts).
export const webhookUrlSchema = z
  .string()
  .trim()
  .max(2_000, 'Webhook addresses are at most 2,000 characters.')
  .transform((text, ctx) => {
    if (text === '') return null;
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'Enter a full address, like https://example.com/hooks/cashlens.' });
      return z.NEVER;
    }
    const problem = checkWebhookUrl(url, allowsLocalWebhooks());
    if (problem) {
      ctx.addIssue({ code: 'custom', message: `This webhook address cannot be used: ${problem}. Use an https:// address on the public internet, without a user name or password in it.` });
      return z.NEVER;
    }
    return url.toString();
  });

export const monitoringSettingsSchema = z.object({
  largeMadMultiplier: wholeIn('the sensitivity', 3, 20, 'times the usual spread'),
  largeMinMinor: moneyIn('the large-charge floor', 1_000n, 10_000_000n, '$10.00', '$100,000.00'),
  newMerchantMinMinor: moneyIn('the new-merchant threshold', 100n, 10_000_000n, '$1.00', '$100,000.00'),
  duplicateWindowMin: wholeIn('the duplicate window', 1, 1_440, 'minutes'),
  cardTestingMaxMinor: moneyIn('the tiny-charge limit', 1n, 2_000n, '$0.01', '$20.00'),
  cardTestingCount: wholeIn('the burst size', 3, 50, 'charges'),
  cardTestingWindowMin: wholeIn('the burst window', 1, 120, 'minutes'),
  foreignEnabled: z.boolean(),
  webhookUrl: webhookUrlSchema,
});
export type MonitoringSettingsInput = z.infer<typeof monitoringSettingsSchema>;
