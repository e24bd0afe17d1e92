import { formatMoney } from '@/lib/money';
import type { MonitoredTransaction } from '../types';

// Words shared by the rules' explanations.

export function money(amountMinor: bigint, currency: string): string {
  return formatMoney(amountMinor < 0n ? -amountMinor : amountMinor, currency);
}

export function utcTime(at: Date): string {
  return `${at.toISOString().slice(11, 16)} UTC`;
}

export function abs(amount: bigint): bigint {
  return amount < 0n ? -amount : amount;
}

// Money moved between the user's own accounts, loan payments and income are not purchases:
// the purchase rules leave them out.
const NOT_A_PURCHASE_TYPES = new Set(['TRANSFER', 'PAYMENT', 'DIRECTDEPOSIT', 'INTEREST', 'DIVIDEND', 'FEE', 'ATMWITHDRAWAL', 'CHECK']);
const NOT_A_PURCHASE_CATEGORY = /transfer|payment|mortgage|loan|payroll|interest|tax/i;

export function isPurchase(row: MonitoredTransaction): boolean {
  if (row.amountMinor >= 0n) return false;
  if (row.bankTransactionType && NOT_A_PURCHASE_TYPES.has(row.bankTransactionType.toUpperCase())) return false;
  return !(row.bankCategory && NOT_A_PURCHASE_CATEGORY.test(row.bankCategory));
}
