import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { evaluateTransactions } from './evaluate';
import { merchantKeyOf } from './merchant-key';
import { medianAbsoluteDeviation, medianOf } from './stats';
import { monitoringSettingsSchema } from './settings-schema';
import { DEFAULT_THRESHOLDS, type MonitoredTransaction } from './types';
import { signWebhookBody } from './webhook';

let seq = 0;
function row(at: string, amountMinor: bigint, merchant: string, extra: Partial<MonitoredTransaction> = {}): MonitoredTransaction {
  const id = `t${++seq}`;
  return {
    id, accountId: 'card', bankTransactionId: id, identity: id, status: 'posted', amountMinor, currency: 'USD', day: at.slice(0, 10), at: new Date(at), timed: true,
    description: merchant, merchant: merchantKeyOf(merchant, merchant), merchantLabel: merchant, bankCategory: null, bankTransactionType: null,
    foreignAmountMinor: null, foreignCurrency: null, merchantCountry: null, ...extra,
  };
}
const accounts = new Map([['card', { id: 'card', name: 'Freedom Card', currency: 'USD' }]]);
const history = Array.from({ length: 40 }, (_, n) => row(`2026-01-${String(1 + (n % 28)).padStart(2, '0')}T12:${String(n).padStart(2, '0')}:00Z`, -BigInt(2_000 + n * 100), `SHOP ${n % 5}`));
const firstSeen = new Map(history.map((r) => [r.merchant!, r.day]));
const run = (candidates: MonitoredTransaction[], thresholds = DEFAULT_THRESHOLDS) => evaluateTransactions({ candidates, recent: history, merchantFirstSeen: firstSeen, accounts, thresholds });

describe('monitoring rules', () => {
  it('stay quiet on an ordinary purchase', () => {
    expect(run([row('2026-02-01T10:00:00Z', -4_500n, 'SHOP 1')])).toEqual([]);
  });

  it('flag the second identical charge minutes apart, but not a pending row and its posted copy', () => {
    const a = row('2026-02-01T10:00:00Z', -14_999n, 'BEST BUY #1475');
    const b = row('2026-02-01T10:03:00Z', -14_999n, 'BEST BUY #1475');
    const alerts = run([a, b]).filter((alert) => alert.kind === 'duplicate');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ transactionId: b.id, explanation: 'Possible duplicate charge: $149.99 at BEST BUY #1475 at 10:00 UTC, and the same amount again 3 minutes later.' });
    const posted = row('2026-02-01T10:00:00Z', -14_999n, 'BEST BUY #1475', { identity: a.identity });
    expect(run([a, posted]).filter((alert) => alert.kind === 'duplicate')).toEqual([]);
  });

  it('raise one alert per card-testing burst, keyed so a later sync of the same burst adds none', () => {
    const burst = Array.from({ length: 6 }, (_, n) => row(`2026-02-02T03:1${n}:00Z`, -BigInt(50 + n), 'WWW.QUICKTIPS.IO'));
    const first = run(burst.slice(0, 5));
    const again = run(burst);
    expect(first.filter((a) => a.kind === 'card_testing')).toHaveLength(1);
    expect(again.filter((a) => a.kind === 'card_testing').map((a) => a.dedupeKey)).toEqual(first.filter((a) => a.kind === 'card_testing').map((a) => a.dedupeKey));
    expect(run(burst.slice(0, 4)).filter((a) => a.kind === 'card_testing')).toEqual([]);
  });

  it('merge every reason into one alert named by the most serious', () => {
    const [alert] = run([row('2026-02-03T15:00:00Z', -700_000n, 'LUXE TIMEPIECES')]);
    expect(alert).toMatchObject({ kind: 'large_amount', severity: 'high' });
    expect(alert!.explanation).toContain('This is the first payment to LUXE TIMEPIECES');
  });

  it('respect thresholds: a higher new-merchant threshold silences a $300 first purchase', () => {
    const purchase = row('2026-02-04T15:00:00Z', -30_000n, 'NEW PLACE');
    expect(run([purchase]).map((a) => a.kind)).toEqual(['new_merchant']);
    expect(run([purchase], { ...DEFAULT_THRESHOLDS, newMerchantMinMinor: 50_000n })).toEqual([]);
  });
});

describe('robust statistics', () => {
  it('median and MAD in integers', () => {
    expect(medianOf([5n, 1n, 3n])).toBe(3n);
    expect(medianOf([1n, 2n, 3n, 100n])).toBe(2n);
    expect(medianAbsoluteDeviation([1n, 2n, 3n, 4n, 100n])).toBe(1n);
  });
});

describe('monitoring settings', () => {
  const valid = { largeMadMultiplier: '8', largeMinMinor: '$500', newMerchantMinMinor: '250.00', duplicateWindowMin: '10', cardTestingMaxMinor: '5', cardTestingCount: '5', cardTestingWindowMin: '15', foreignEnabled: true, webhookUrl: '' };
  it('accepts sensible values and parses money to minor units', () => {
    expect(monitoringSettingsSchema.parse(valid)).toMatchObject({ largeMinMinor: 50_000n, newMerchantMinMinor: 25_000n, cardTestingMaxMinor: 500n, webhookUrl: null });
  });
  it('refuses values outside the ranges with a message', () => {
    const result = monitoringSettingsSchema.safeParse({ ...valid, largeMadMultiplier: '1', cardTestingMaxMinor: '$50', duplicateWindowMin: '2.5' });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(messages).toEqual({
      largeMadMultiplier: 'Choose the sensitivity between 3 and 20 times the usual spread.',
      cardTestingMaxMinor: 'Choose the tiny-charge limit between $0.01 and $20.00.',
      duplicateWindowMin: 'Enter the duplicate window as a whole number.',
    });
  });
  it('takes webhooks over HTTPS, or plain HTTP to this machine only', () => {
    expect(monitoringSettingsSchema.parse({ ...valid, webhookUrl: 'https://hooks.example.com/x' }).webhookUrl).toBe('https://hooks.example.com/x');
    expect(monitoringSettingsSchema.parse({ ...valid, webhookUrl: 'http://localhost:9000/hook' }).webhookUrl).toBe('http://localhost:9000/hook');
    for (const bad of ['http://example.com/hook', 'ftp://localhost/x', 'https://user:pw@example.com/', 'not a url']) {
      expect(monitoringSettingsSchema.safeParse({ ...valid, webhookUrl: bad }).success, bad).toBe(false);
    }
  });
});

describe('webhook signature', () => {
  it('is an HMAC-SHA256 of timestamp and body', () => {
    const expected = createHmac('sha256', 'secret').update('1700000000.{}').digest('hex');
    expect(signWebhookBody('secret', '{}', 1700000000)).toBe(`t=1700000000,v1=${expected}`);
    expect(signWebhookBody('secret', '{}', 1)).not.toBe(signWebhookBody('other', '{}', 1));
  });
});
