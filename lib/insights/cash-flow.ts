import type { Db } from '@/lib/db';
import { addMonths } from '@/lib/dates';
import { getMonthlyTotals, getTopCounterparties, type CounterpartyTotal, type MonthTotals } from './monthly';
import { getMonthOverMonth } from './month-over-month';
import { getAccountBalances } from './net-worth';

// The business view (money in, out and spending as lib/money-meaning defines them): net per month over any range (up to the whole
// history), burn and runway, who pays and who is paid, and how the latest month compares.

// `days` is set when a month under way was compared with the same days of the month before.
export type Comparison = { month: string; against: string; netMinor: bigint; againstNetMinor: bigint; changeMinor: bigint; days?: { current: [string, string]; previous: [string, string] } } | null;

export type CashFlow = {
  months: MonthTotals[];
  totalInMinor: bigint;
  totalOutMinor: bigint;
  totalSpendingMinor: bigint;
  totalOwnerDrawsMinor: bigint;
  averageBurnMinor: bigint; // average monthly (out − in) over the last six months of the range; 0 when cash grows
  cashMinor: bigint; // deposit balances today
  runwayMonths: number | null; // null when not burning
  topCustomers: CounterpartyTotal[];
  topVendors: CounterpartyTotal[];
  monthOverMonth: Comparison;
  yearOverYear: Comparison;
};

export const MAX_CASH_FLOW_MONTHS = 120;

function compare(byMonth: Map<string, MonthTotals>, month: string, against: string): Comparison {
  const current = byMonth.get(month);
  const previous = byMonth.get(against);
  if (!current || !previous) return null;
  return { month, against, netMinor: current.netMinor, againstNetMinor: previous.netMinor, changeMinor: current.netMinor - previous.netMinor };
}

/** Month over month for `to`: like with like when `to` is still under way at `now`. */
async function compareMonthOverMonth(db: Db, workspaceId: string, to: string, byMonth: Map<string, MonthTotals>, now: Date | undefined): Promise<Comparison> {
  const sameDays = now ? await getMonthOverMonth(db, workspaceId, to, now) : null;
  if (!sameDays?.partial) return compare(byMonth, to, addMonths(to, -1));
  if (!byMonth.has(addMonths(to, -1))) return null;
  const { current, previous } = sameDays;
  const net = current.inflowMinor - current.outflowMinor;
  const againstNet = previous.inflowMinor - previous.outflowMinor;
  return { month: to, against: addMonths(to, -1), netMinor: net, againstNetMinor: againstNet, changeMinor: net - againstNet, days: { current: [current.first, current.last], previous: [previous.first, previous.last] } };
}

/** `now` (read once by the page) makes a month under way compare with the same days of the month before. */
export async function getCashFlow(db: Db, workspaceId: string, from: string, to: string, now?: Date): Promise<CashFlow> {
  const [months, topCustomers, topVendors, balances, lastYear] = await Promise.all([
    getMonthlyTotals(db, workspaceId, from, to),
    getTopCounterparties(db, workspaceId, from, to, 'in'),
    getTopCounterparties(db, workspaceId, from, to, 'out'),
    getAccountBalances(db, workspaceId),
    // Year-over-year needs the same month a year before the range's end, even if the range is shorter.
    getMonthlyTotals(db, workspaceId, addMonths(to, -12), addMonths(to, -12)),
  ]);
  const recent = months.slice(-6);
  const burnTotal = recent.reduce((sum, m) => sum + (m.outflowMinor - m.inflowMinor), 0n);
  const averageBurn = recent.length && burnTotal > 0n ? burnTotal / BigInt(recent.length) : 0n;
  // Runway counts money on hand only: investments would have to be sold first, and a house or a
  // car (manual assets) is worth something but is not cash to run on.
  const cash = balances.filter((b) => b.kind === 'cash').reduce((sum, b) => sum + b.balanceMinor, 0n);
  const byMonth = new Map([...lastYear, ...months].map((m) => [m.month, m]));
  return {
    months,
    totalInMinor: months.reduce((sum, m) => sum + m.inflowMinor, 0n),
    totalOutMinor: months.reduce((sum, m) => sum + m.outflowMinor, 0n),
    totalSpendingMinor: months.reduce((sum, m) => sum + m.spendingMinor, 0n),
    totalOwnerDrawsMinor: months.reduce((sum, m) => sum + m.ownerDrawsMinor, 0n),
    averageBurnMinor: averageBurn,
    cashMinor: cash,
    runwayMonths: averageBurn > 0n ? Number((cash * 10n) / averageBurn) / 10 : null,
    topCustomers,
    topVendors,
    monthOverMonth: await compareMonthOverMonth(db, workspaceId, to, byMonth, now),
    yearOverYear: compare(byMonth, to, addMonths(to, -12)),
  };
}
