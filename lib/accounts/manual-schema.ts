import { z } from 'zod';
import { tryParseIsoDay } from '@/lib/dates';
import { parseMoney } from '@/lib/money';
import { isManualKind, type ManualKind } from './manual-kinds';

// What a person types into the manual-account forms, checked field by field with a message that
// says what is wrong. "Today" is passed in (never read from the clock here) so a value dated in
// the future is refused the same way in tests and in the app.

// A hundred billion in major units: far above any real balance, far below BIGINT's limit.
const MAX_MINOR = 10_000_000_000_000n;
const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

function dayField(today: string, what: string) {
  return z.string().transform((text, ctx) => {
    const day = tryParseIsoDay(text.trim());
    if (!day) {
      ctx.addIssue({ code: 'custom', message: `Enter the ${what} as a real date (YYYY-MM-DD).` });
      return z.NEVER;
    }
    if (text.trim() > today) {
      ctx.addIssue({ code: 'custom', message: `The ${what} can't be in the future.` });
      return z.NEVER;
    }
    if (text.trim() < '1900-01-01') {
      ctx.addIssue({ code: 'custom', message: `The ${what} is too far in the past.` });
      return z.NEVER;
    }
    return day;
  });
}

// Amounts are parsed in the account's currency (no cents in JPY, three places in KWD).
function amountField(currency: string, what: string, options: { allowZero: boolean; positive?: boolean }) {
  return z.string().transform((text, ctx) => {
    const minor = parseMoney(text, currency);
    const fail = (message: string) => {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    };
    if (minor === null) return fail(`Enter the ${what} as a number, like 1250.00.`);
    if (minor > MAX_MINOR || minor < -MAX_MINOR) return fail(`The ${what} is too large.`);
    if (!options.allowZero && minor === 0n) return fail(`The ${what} can't be zero.`);
    if (options.positive && minor < 0n) return fail(`Enter the ${what} without a minus sign; choose money in or out instead.`);
    return minor;
  });
}

const nameField = z.string().trim().min(1, 'Give the account a name.').max(80, 'Keep the name under 80 characters.');

const currencyField = z
  .string()
  .trim()
  .transform((text) => text.toUpperCase())
  .refine((code) => /^[A-Z]{3}$/.test(code) && KNOWN_CURRENCIES.has(code), 'Choose a currency by its three-letter code, like USD or EUR.');

const kindField = z.string().refine(isManualKind, 'Choose what kind of account this is.').transform((kind) => kind as ManualKind);

/** The "Add account" form. The currency decides how the opening balance is read. */
export function manualAccountSchema(today: string) {
  return z.object({ name: nameField, kind: kindField, currency: currencyField, openingDate: dayField(today, 'opening date'), openingBalance: z.string() }).transform((input, ctx) => {
    const balance = amountField(input.currency, 'opening balance', { allowZero: true }).safeParse(input.openingBalance);
    if (!balance.success) {
      ctx.addIssue({ code: 'custom', path: ['openingBalance'], message: balance.error.issues[0]?.message ?? 'Enter the opening balance as an amount.' });
      return z.NEVER;
    }
    return { name: input.name, kind: input.kind, currency: input.currency, openingDate: input.openingDate, openingBalance: balance.data };
  });
}
export type ManualAccountInput = z.infer<ReturnType<typeof manualAccountSchema>>;

export const renameAccountSchema = z.object({ name: nameField });

/** A dated value: the balance (or a house's worth, or what is owed) at the start of that day. */
export function balanceValueSchema(today: string, currency: string) {
  return z.object({ day: dayField(today, 'date of the value'), balance: amountField(currency, 'value', { allowZero: true }) });
}
export type BalanceValueInput = z.infer<ReturnType<typeof balanceValueSchema>>;

/** A transaction entered by hand: a positive amount and a direction, stored with the app's sign. */
export function manualTransactionSchema(today: string, currency: string) {
  return z
    .object({
      day: dayField(today, 'transaction date'),
      amount: amountField(currency, 'amount', { allowZero: false, positive: true }),
      direction: z.enum(['out', 'in'], { message: 'Choose money out or money in.' }),
      description: z.string().trim().min(1, 'Describe the transaction.').max(200, 'Keep the description under 200 characters.'),
      categoryId: z
        .string()
        .trim()
        .max(64)
        .transform((id) => (id === '' ? null : id)),
    })
    .transform(({ amount, direction, ...rest }) => ({ ...rest, amountMinor: direction === 'out' ? -amount : amount }));
}
export type ManualTransactionInput = z.infer<ReturnType<typeof manualTransactionSchema>>;
