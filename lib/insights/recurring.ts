import type { Db } from '@/lib/db';
import { addDays, addMonths, dayOfMonth, monthOf, monthStart, monthsBetween, startOfDay, toIsoDay } from '@/lib/dates';
import { listRoledAccounts } from '@/lib/money-meaning/account-roles';
import { listPrivateAccountIds } from '@/lib/workspaces/visibility';

// Subscriptions and bills, found in the monthly rollups: a merchant charged once a month in at
// least three of the last four complete months plus this one, or four-five times a month at one
// exact price (a weekly plan). Frequent purchases at one merchant (coffee, rides) vary in price,
// so they are not bills. Monthly amounts within 25% of their median count as the same bill
// (utilities vary with the season); a change of the latest charge is flagged as a price change.
// A monthly bill whose day has passed this month without a charge is overdue, not "next" in the past.
// A loan or mortgage is one bill, its whole payment, named after the loan: read from the payments
// the loan account received (lib/money-meaning), never from its interest and escrow rows, which the
// payment covers and which would otherwise show as two smaller "bills".

export type RecurringCharge = {
  merchant: string;
  cadence: 'monthly' | 'weekly';
  lastAmountMinor: bigint;
  previousAmountMinor: bigint | null;
  priceChanged: boolean;
  nextExpected: Date;
  /** The expected day has passed and the charge has not come (only ever this month's). */
  overdue: boolean;
  months: number;
};

type MonthPoint = { month: string; outflow: bigint; count: number; lastDay: number };

const TOLERANCE_PERCENT = 25n;

function median(values: bigint[]): bigint {
  const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function detectRecurring(series: Map<string, MonthPoint[]>, currentMonth: string, today: Date): RecurringCharge[] {
  const charges: RecurringCharge[] = [];
  for (const [merchant, points] of series) {
    const monthly = points.filter((p) => p.count === 1);
    const weekly = points.filter((p) => p.count >= 4 && p.count <= 5 && p.outflow % BigInt(p.count) === 0n);
    const weeklyPrices = new Set(weekly.map((p) => p.outflow / BigInt(p.count)));
    const cadence = monthly.length >= 3 ? 'monthly' : weekly.length >= 3 && weeklyPrices.size === 1 ? 'weekly' : null;
    if (!cadence) continue;
    const used = (cadence === 'monthly' ? monthly : weekly).sort((a, b) => a.month.localeCompare(b.month));
    const perCharge = used.map((p) => p.outflow / BigInt(p.count));
    const middle = median(perCharge);
    if (perCharge.some((amount) => (amount > middle ? amount - middle : middle - amount) * 100n > middle * TOLERANCE_PERCENT)) continue;
    const last = used.at(-1)!;
    const previous = used.at(-2) ?? null;
    const lastAmount = perCharge.at(-1)!;
    const previousAmount = previous ? perCharge.at(-2)! : null;
    const startOfToday = startOfDay(today);
    let next: Date;
    if (cadence === 'weekly') {
      next = addDays(dayOfMonth(last.month, last.lastDay), 7);
      // The rollups know a month's last charge day, not this week's: step on to the next one still ahead.
      while (next < startOfToday) next = addDays(next, 7);
    } else {
      const nextMonth = last.month === currentMonth ? addMonths(currentMonth, 1) : currentMonth;
      next = dayOfMonth(nextMonth, last.lastDay);
    }
    charges.push({
      merchant,
      cadence,
      lastAmountMinor: lastAmount,
      previousAmountMinor: previousAmount,
      priceChanged: previousAmount !== null && previousAmount !== lastAmount,
      nextExpected: next,
      overdue: next < startOfToday,
      months: used.length,
    });
  }
  return charges.sort((a, b) => a.nextExpected.getTime() - b.nextExpected.getTime());
}

/** Each loan's payments per month, as the loan account received them (a transfer from checking or not). */
async function loanPaymentSeries(db: Db, workspaceId: string, loanIds: string[], from: string, to: string): Promise<Map<string, MonthPoint[]>> {
  const series = new Map<string, MonthPoint[]>();
  if (loanIds.length === 0) return series;
  const [accounts, rows] = await Promise.all([
    db.bankAccount.findMany({ where: { workspaceId, id: { in: loanIds } }, select: { id: true, name: true } }),
    db.transaction.groupBy({ by: ['accountId', 'bookedOn'], where: { workspaceId, accountId: { in: loanIds }, status: 'posted', amountMinor: { gt: 0n }, bookedOn: { gte: monthStart(from), lt: monthStart(addMonths(to, 1)) } }, _sum: { amountMinor: true }, _count: { _all: true } }),
  ]);
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  const byKey = new Map<string, MonthPoint>();
  for (const row of rows) {
    const month = monthOf(row.bookedOn);
    const key = `${row.accountId}|${month}`;
    const point = byKey.get(key) ?? { month, outflow: 0n, count: 0, lastDay: 0 };
    point.outflow += row._sum.amountMinor ?? 0n;
    point.count += row._count._all;
    point.lastDay = Math.max(point.lastDay, Number(toIsoDay(row.bookedOn).slice(8, 10)));
    if (!byKey.has(key)) {
      byKey.set(key, point);
      const name = names.get(row.accountId) ?? 'Loan';
      series.set(name, [...(series.get(name) ?? []), point]);
    }
  }
  return series;
}

export async function getRecurringCharges(db: Db, workspaceId: string, currentMonth: string, today: Date): Promise<RecurringCharge[]> {
  const from = addMonths(currentMonth, -4);
  const loanIds = (await listRoledAccounts(db, workspaceId)).filter((a) => a.role === 'loan').map((a) => a.id);
  // A private account's charges are its member's alone (lib/workspaces/visibility.ts).
  const privateIds = await listPrivateAccountIds(db, workspaceId);
  const [rows, loans] = await Promise.all([
    db.monthlyRollup.groupBy({
      by: ['merchant', 'month'],
      where: { workspaceId, month: { gte: from, lte: currentMonth }, merchant: { not: '' }, outCount: { gt: 0 }, accountId: { notIn: [...loanIds, ...privateIds] } },
      _sum: { outflowMinor: true, outCount: true },
      _max: { lastOutDay: true },
    }),
    loanPaymentSeries(db, workspaceId, loanIds, from, currentMonth),
  ]);
  const months = new Set(monthsBetween(from, currentMonth));
  const series = new Map<string, MonthPoint[]>();
  for (const row of rows) {
    if (!months.has(row.month)) continue;
    const list = series.get(row.merchant) ?? [];
    list.push({ month: row.month, outflow: row._sum.outflowMinor ?? 0n, count: row._sum.outCount ?? 0, lastDay: row._max.lastOutDay ?? 1 });
    series.set(row.merchant, list);
  }
  for (const [name, points] of loans) series.set(name, [...(series.get(name) ?? []), ...points]);
  return detectRecurring(series, currentMonth, today);
}
