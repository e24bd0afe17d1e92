import type { Db } from '@/lib/db';
import { addMonths } from '@/lib/dates';
import { getMonthlyTotals, getTopCounterparties, type CounterpartyTotal, type MonthTotals } from './monthly';
import { getAccountBalances } from './net-worth';

// The business view: money in, money out and net per month over any range (up to the whole
// history), burn and runway, who pays and who is paid, and how the latest month compares.

export type Comparison = { month: string; against: string; netMinor: bigint; againstNetMinor: bigint; changeMinor: bigint } | null;

export type CashFlow = {
  months: MonthTotals[];
  totalInMinor: bigint;
  totalOutMinor: bigint;
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

export async function getCashFlow(db: Db, userId: string, from: string, to: string): Promise<CashFlow> {
  const [months, topCustomers, topVendors, balances, lastYear] = await Promise.all([
    getMonthlyTotals(db, userId, from, to),
    getTopCounterparties(db, userId, from, to, 'in'),
    getTopCounterparties(db, userId, from, to, 'out'),
    getAccountBalances(db, userId),
    // Year-over-year needs the same month a year before the range's end, even if the range is shorter.
    getMonthlyTotals(db, userId, addMonths(to, -12), addMonths(to, -12)),
  ]);
  const recent = months.slice(-6);
  const burnTotal = recent.reduce((sum, m) => sum + (m.outflowMinor - m.inflowMinor), 0n);
  const averageBurn = recent.length && burnTotal > 0n ? burnTotal / BigInt(recent.length) : 0n;
  // A house or a car (manual ASSET_ACCOUNT) is worth something but is not cash to run on.
  const cash = balances.filter((b) => !b.liability && b.accountCategory !== 'ASSET_ACCOUNT').reduce((sum, b) => sum + b.balanceMinor, 0n);
  const byMonth = new Map([...lastYear, ...months].map((m) => [m.month, m]));
  return {
    months,
    totalInMinor: months.reduce((sum, m) => sum + m.inflowMinor, 0n),
    totalOutMinor: months.reduce((sum, m) => sum + m.outflowMinor, 0n),
    averageBurnMinor: averageBurn,
    cashMinor: cash,
    runwayMonths: averageBurn > 0n ? Number((cash * 10n) / averageBurn) / 10 : null,
    topCustomers,
    topVendors,
    monthOverMonth: compare(byMonth, to, addMonths(to, -1)),
    yearOverYear: compare(byMonth, to, addMonths(to, -12)),
  };
}
