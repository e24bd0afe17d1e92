import type { Db } from '@/lib/db';
import { addDays, addMonths, daysInMonth, monthOf, monthStart, toIsoDay } from '@/lib/dates';
import { getMonthlyTotals } from './monthly';

// Month over month, like with like: a month still under way is compared with the same number of
// days of the month before (the 1st–17th against the 1st–17th, clamped to the shorter month), not
// with a whole month. A finished month is compared whole, with the month totals every page shows
// (lib/money-meaning). Days of a month under way are summed from the rows: posted, transfers left
// out, without the money-meaning settings (rollups are monthly). `now` is passed in.

export type PeriodTotals = { first: string; last: string; inflowMinor: bigint; outflowMinor: bigint };
export type MonthOverMonth = { partial: boolean; current: PeriodTotals; previous: PeriodTotals };

/** Money in and out over bank days [first, last], as two indexed SQL sums. */
async function sumDays(db: Db, workspaceId: string, first: Date, days: number): Promise<PeriodTotals> {
  const bookedOn = { gte: first, lt: addDays(first, days) };
  const base = { workspaceId, status: 'posted', isTransfer: false, bookedOn };
  const [inflow, outflow] = await Promise.all([
    db.transaction.aggregate({ where: { ...base, amountMinor: { gt: 0n } }, _sum: { amountMinor: true } }),
    db.transaction.aggregate({ where: { ...base, amountMinor: { lt: 0n } }, _sum: { amountMinor: true } }),
  ]);
  return { first: toIsoDay(first), last: toIsoDay(addDays(first, days - 1)), inflowMinor: inflow._sum.amountMinor ?? 0n, outflowMinor: -(outflow._sum.amountMinor ?? 0n) };
}

/** How many days of `month` to compare: all of them once it is over, up to today while under way; null for a month not begun. */
export function comparableDays(month: string, now: Date): { days: number; partial: boolean } | null {
  const today = monthOf(now);
  if (month > today) return null;
  if (month < today) return { days: daysInMonth(month), partial: false };
  const dayOfMonth = Number(toIsoDay(now).slice(8, 10));
  return { days: dayOfMonth, partial: dayOfMonth < daysInMonth(month) };
}

export async function getMonthOverMonth(db: Db, workspaceId: string, month: string, now: Date): Promise<MonthOverMonth | null> {
  const span = comparableDays(month, now);
  if (!span) return null;
  const previousMonth = addMonths(month, -1);
  const previousDays = span.partial ? Math.min(span.days, daysInMonth(previousMonth)) : daysInMonth(previousMonth);
  if (!span.partial) {
    // Whole months: the figures the month card and cash flow show (lib/money-meaning, settings applied).
    const [before, now] = await getMonthlyTotals(db, workspaceId, previousMonth, month);
    const whole = (m: typeof now, days: number): PeriodTotals => ({ first: toIsoDay(monthStart(m!.month)), last: toIsoDay(addDays(monthStart(m!.month), days - 1)), inflowMinor: m!.inflowMinor, outflowMinor: m!.outflowMinor });
    return { partial: false, current: whole(now, span.days), previous: whole(before, previousDays) };
  }
  const [current, previous] = await Promise.all([sumDays(db, workspaceId, monthStart(month), span.days), sumDays(db, workspaceId, monthStart(previousMonth), previousDays)]);
  return { partial: span.partial, current, previous };
}
