import { toDayNumber } from '@/lib/dates';
import { merchantKeyOf } from '@/lib/monitoring/merchant-key';
import { medianOf } from '@/lib/monitoring/stats';

// The lending figures, as pure functions of transaction rows: recurring income and negative-balance
// days. (Spending is counted as on every page: report-spending.ts.) Money stays integer minor units throughout.

export type CashRow = {
  day: string; // YYYY-MM-DD
  amountMinor: bigint;
  description: string;
  merchantName: string | null;
  bankCategory: string | null;
  bankTransactionType: string | null;
  isTransfer: boolean;
};

const TRANSFER_CATEGORY = /transfer|credit card payment|card payment|^payment$/i;
const PAYROLL = /payroll|salary|dir dep|direct dep/i;

export function isTransferLike(row: CashRow): boolean {
  return row.isTransfer || row.bankTransactionType?.toUpperCase() === 'TRANSFER' || (row.bankCategory !== null && TRANSFER_CATEGORY.test(row.bankCategory));
}

function isPayroll(row: CashRow): boolean {
  return row.bankTransactionType?.toUpperCase() === 'DIRECTDEPOSIT' || PAYROLL.test(row.bankCategory ?? '') || PAYROLL.test(row.description);
}

function cadenceOf(days: string[]): string {
  if (days.length < 2) return 'once';
  const sorted = [...days].sort();
  const gaps = sorted.slice(1).map((day, index) => BigInt(toDayNumber(day) - toDayNumber(sorted[index]!)));
  const gap = Number(medianOf(gaps));
  if (gap >= 6 && gap <= 8) return 'weekly';
  if (gap >= 13 && gap <= 14) return 'every two weeks';
  if (gap >= 15 && gap <= 17) return 'twice a month';
  if (gap >= 27 && gap <= 33) return 'monthly';
  return 'irregular';
}

/** Whole months a window covers, 1–12: the divisor for monthly averages. */
export function monthsCovered(firstDay: string, lastDay: string): number {
  const days = toDayNumber(lastDay) - toDayNumber(firstDay) + 1;
  return Math.min(12, Math.max(1, Math.round((days * 12) / 365)));
}

export type RecurringIncome = { monthlyAverageMinor: bigint; sources: { name: string; cadence: string; occurrences: number; monthlyAverageMinor: bigint; payroll: boolean }[] };

/** Payroll, and deposits from one payer that recur on a schedule (three or more times). */
export function detectRecurringIncome(deposits: CashRow[], months: number): RecurringIncome {
  const groups = new Map<string, { name: string; rows: CashRow[] }>();
  for (const row of deposits) {
    if (row.amountMinor <= 0n || isTransferLike(row)) continue;
    const key = merchantKeyOf(row.merchantName, row.description) ?? row.description;
    const group = groups.get(key) ?? { name: row.merchantName?.trim() || row.description, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  const sources = [];
  for (const group of groups.values()) {
    const payroll = group.rows.some(isPayroll);
    const cadence = cadenceOf(group.rows.map((row) => row.day));
    if (!payroll && (group.rows.length < 3 || cadence === 'irregular' || cadence === 'once')) continue;
    const total = group.rows.reduce((sum, row) => sum + row.amountMinor, 0n);
    sources.push({ name: group.name, cadence, occurrences: group.rows.length, monthlyAverageMinor: total / BigInt(months), payroll });
  }
  sources.sort((a, b) => (b.monthlyAverageMinor > a.monthlyAverageMinor ? 1 : -1));
  return { monthlyAverageMinor: sources.reduce((sum, source) => sum + source.monthlyAverageMinor, 0n), sources };
}

/**
 * Days in [fromDay, asOfDay] that ended with a negative balance, walking back from today's
 * balance through the posted rows (each day's end balance is the next day's minus its rows).
 */
export function negativeBalanceDays(currentBalanceMinor: bigint, posted: { day: string; amountMinor: bigint }[], fromDay: string, asOfDay: string): number {
  const byDay = new Map<number, bigint>();
  for (const row of posted) byDay.set(toDayNumber(row.day), (byDay.get(toDayNumber(row.day)) ?? 0n) + row.amountMinor);
  let balance = currentBalanceMinor;
  let negative = 0;
  for (let day = toDayNumber(asOfDay); day >= toDayNumber(fromDay); day--) {
    if (balance < 0n) negative++;
    balance -= byDay.get(day) ?? 0n;
  }
  return negative;
}
