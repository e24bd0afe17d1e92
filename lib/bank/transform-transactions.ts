import { z } from 'zod';
import { MalformedBankResponseError } from './errors';
import { parseIsoDay } from '@/lib/dates';
import { currencyExponent, decimalToMinorUnits } from '@/lib/money';
import { payeeOf } from '@/lib/payees/clean-payee';

// Raw FDX v4 transactions → Cashlens's neutral row. The only place that turns the bank's positive
// amount + debitCreditMemo into our sign (money in > 0, money out < 0), and the only place that
// knows FDX field names. Unknown fields pass through the schema and are dropped here.

const fdxMoneySchema = z.union([z.number(), z.string()]);
const fdxTimestampSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected an ISO date');

const fdxTransactionSchema = z.object({
  accountId: z.string().optional(),
  transactionId: z.string().min(1).max(256),
  referenceTransactionId: z.string().max(256).optional(),
  postedTimestamp: fdxTimestampSchema.optional(),
  transactionTimestamp: fdxTimestampSchema.optional(),
  description: z.string().max(1024).optional(),
  memo: z.string().max(1024).optional(),
  debitCreditMemo: z.enum(['DEBIT', 'CREDIT']).optional(),
  status: z.enum(['PENDING', 'POSTED', 'AUTHORIZATION', 'MEMO']),
  amount: fdxMoneySchema,
  currency: z.object({ currencyCode: z.string().length(3) }).optional(),
  category: z.string().max(256).optional(),
  subCategory: z.string().max(256).optional(),
  transactionType: z.string().max(64).optional(),
  payee: z.string().max(256).optional(),
  merchant: z.union([z.string().max(256), z.object({ name: z.string().max(256).optional(), country: z.string().max(3).optional() })]).optional(),
  merchantCountry: z.string().max(3).optional(),
  foreignAmount: fdxMoneySchema.optional(),
  foreignCurrency: z.string().length(3).optional(),
});
export type FdxTransaction = z.infer<typeof fdxTransactionSchema>;

// FDX wraps each item by account kind; all four share the fields above.
const fdxTransactionItemSchema = z.union([
  z.object({ depositTransaction: fdxTransactionSchema }),
  z.object({ locTransaction: fdxTransactionSchema }),
  z.object({ loanTransaction: fdxTransactionSchema }),
  z.object({ investmentTransaction: fdxTransactionSchema }),
]);

/** A bank transaction in our terms, ready to upsert. */
export type BankTransactionRow = {
  bankTransactionId: string;
  bankReferenceId: string | null; // the transaction this one refers to (a posted row: its pending hold)
  status: 'pending' | 'posted';
  amountMinor: bigint;
  currency: string;
  bookedOn: Date; // UTC midnight of the bank's calendar date
  transactedAt: Date | null;
  postedAt: Date | null;
  description: string;
  bankMerchantName: string | null;
  payee: string; // the merchant as people say it (lib/payees), before any rename the user made
  payeeKey: string;
  bankCategory: string | null;
  bankTransactionType: string | null;
  foreignAmountMinor: bigint | null;
  foreignCurrency: string | null;
  merchantCountry: string | null;
};

// The date as the bank wrote it, not shifted into UTC: a 23:30-05:00 purchase belongs to that day.
function calendarDate(timestamp: string): Date {
  return parseIsoDay(timestamp.slice(0, 10));
}

function instant(timestamp: string | undefined): Date | null {
  if (!timestamp) return null;
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? null : date;
}

function signedMinor(raw: FdxTransaction, currency: string): bigint {
  const magnitude = decimalToMinorUnits(raw.amount, currencyExponent(currency));
  if (!raw.debitCreditMemo) return magnitude; // no memo: trust the bank's own sign
  const absolute = magnitude < 0n ? -magnitude : magnitude;
  return raw.debitCreditMemo === 'DEBIT' ? -absolute : absolute;
}

export function toBankTransactionRow(raw: FdxTransaction, accountCurrency = 'USD'): BankTransactionRow {
  const status = raw.status === 'POSTED' ? 'posted' : 'pending';
  const dateSource = (status === 'posted' ? raw.postedTimestamp : raw.transactionTimestamp) ?? raw.transactionTimestamp ?? raw.postedTimestamp;
  if (!dateSource) throw new RangeError('no postedTimestamp or transactionTimestamp');
  const currency = raw.currency?.currencyCode ?? accountCurrency;
  const merchantName = typeof raw.merchant === 'string' ? raw.merchant : (raw.merchant?.name ?? raw.payee ?? null);
  const merchantCountry = raw.merchantCountry ?? (typeof raw.merchant === 'object' ? raw.merchant.country : undefined) ?? null;
  const description = (raw.description ?? raw.memo ?? merchantName ?? raw.transactionType ?? '').trim();
  return {
    bankTransactionId: raw.transactionId,
    bankReferenceId: raw.referenceTransactionId ?? null,
    status,
    amountMinor: signedMinor(raw, currency),
    currency,
    bookedOn: calendarDate(dateSource),
    transactedAt: instant(raw.transactionTimestamp),
    postedAt: status === 'posted' ? instant(raw.postedTimestamp) : null,
    description,
    bankMerchantName: merchantName,
    ...payeeOf(description, merchantName),
    bankCategory: raw.category ?? null,
    bankTransactionType: raw.transactionType ?? null,
    foreignAmountMinor:
      raw.foreignAmount !== undefined && raw.foreignCurrency
        ? decimalToMinorUnits(raw.foreignAmount, currencyExponent(raw.foreignCurrency))
        : null,
    foreignCurrency: raw.foreignAmount !== undefined ? (raw.foreignCurrency ?? null) : null,
    merchantCountry,
  };
}

/**
 * Every item of one page, or MalformedBankResponseError for the first item that does not parse:
 * a page is applied whole or not at all.
 */
export function transformTransactionsPage(items: unknown[], accountCurrency = 'USD'): BankTransactionRow[] {
  return items.map((item, index) => {
    const parsed = fdxTransactionItemSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new MalformedBankResponseError(`transaction ${index}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'unexpected shape'}`.trim());
    }
    const raw = Object.values(parsed.data)[0] as FdxTransaction;
    try {
      return toBankTransactionRow(raw, accountCurrency);
    } catch (error) {
      throw new MalformedBankResponseError(`transaction ${raw.transactionId}: ${(error as Error).message}`);
    }
  });
}
