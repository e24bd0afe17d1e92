import { monthsBetween } from '@/lib/dates';
import type { MoneyFlow } from './flows';

// The figures every page shows, as pure sums over money flows (flows.ts), so no page can add
// them up its own way.

export type MonthTotals = {
  month: string;
  inflowMinor: bigint; // money in
  outflowMinor: bigint; // money out
  netMinor: bigint;
  spendingMinor: bigint; // money out minus refunds, as defined in definitions.ts
  incomeMinor: bigint; // money in under income categories, net of reversals
  ownerDrawsMinor: bigint; // shown apart when the settings keep them out of spending
};

const empty = (month: string): MonthTotals => ({ month, inflowMinor: 0n, outflowMinor: 0n, netMinor: 0n, spendingMinor: 0n, incomeMinor: 0n, ownerDrawsMinor: 0n });

/** The net a spending group adds: out minus refunds. */
export const spentOf = (flow: MoneyFlow) => flow.outflowMinor - flow.inflowMinor;

export function totalsByMonth(flows: MoneyFlow[], from: string, to: string): MonthTotals[] {
  const byMonth = new Map(monthsBetween(from, to).map((month) => [month, empty(month)]));
  for (const flow of flows) {
    const totals = byMonth.get(flow.month);
    if (!totals || flow.treatment === 'transfer') continue;
    totals.inflowMinor += flow.inflowMinor;
    totals.outflowMinor += flow.outflowMinor;
    if (flow.treatment === 'spending') totals.spendingMinor += spentOf(flow);
    if (flow.treatment === 'income') totals.incomeMinor += flow.inflowMinor - flow.outflowMinor;
    if (flow.treatment === 'owner_draw') totals.ownerDrawsMinor += spentOf(flow);
  }
  for (const totals of byMonth.values()) totals.netMinor = totals.inflowMinor - totals.outflowMinor;
  return [...byMonth.values()];
}
