import type { Db } from '@/lib/db';
import { addMonths, monthEnd, monthOf, parseIsoDay } from '@/lib/dates';
import { describeCounting } from '@/lib/money-meaning/definitions';
import { getMonthlyTotals } from '@/lib/insights/monthly';
import { getMoneySettings } from '@/lib/money-meaning/settings';

// A lending report's spending: the same figure, month by month, as the dashboard, cash flow and
// spending pages (lib/money-meaning), over the report's shared accounts. Whole calendar months
// only, so a month in the report can be checked against the same month anywhere in the app; the
// average is over those months.

export type ReportSpending = { monthlyAverageMinor: bigint; months: number; byMonth: { month: string; spentMinor: bigint }[]; counting: string };

/** The whole months inside [firstDay, lastDay]; the last month touched when none is whole. */
export function wholeMonths(firstDay: string, lastDay: string): { from: string; to: string } {
  const firstMonth = monthOf(parseIsoDay(firstDay));
  const lastMonth = monthOf(parseIsoDay(lastDay));
  const from = firstDay.endsWith('-01') ? firstMonth : addMonths(firstMonth, 1);
  const to = lastDay === monthEnd(lastMonth) ? lastMonth : addMonths(lastMonth, -1);
  return from <= to ? { from, to } : { from: lastMonth, to: lastMonth };
}

export async function readReportSpending(db: Db, workspaceId: string, accountIds: string[], firstDay: string, lastDay: string): Promise<ReportSpending> {
  const { from, to } = wholeMonths(firstDay, lastDay);
  const [months, counting] = await Promise.all([
    getMonthlyTotals(db, workspaceId, from, to, { accountIds }),
    getMoneySettings(db, workspaceId).then(describeCounting),
  ]);
  const total = months.reduce((sum, m) => sum + m.spendingMinor, 0n);
  return { monthlyAverageMinor: total / BigInt(months.length), months: months.length, byMonth: months.map((m) => ({ month: m.month, spentMinor: m.spendingMinor })), counting };
}
