import type { Db } from '@/lib/db';
import { readMoneyFlows, type MoneyFlow } from '@/lib/money-meaning/flows';
import { SOURCE_LINES } from '@/lib/money-meaning/definitions';
import { spentOf } from '@/lib/money-meaning/totals';

// Spending by category over months: one row per category the user spent in, one column per month,
// spending as lib/money-meaning defines it. A category cell is money out minus refunds for that
// category and month, exactly what /transactions totals for the same category, month and "posted"
// filter, so each cell can link to the rows behind it. Loan payments and (when counted) savings
// contributions are transfers in /transactions, so they get rows of their own, without links.

type Described = Map<string, { label: string; kind: string }>;

export type SpendingRow = {
  categoryId: string; // '' = uncategorised
  label: string;
  /** The category as the transaction filter spells it ('none' for uncategorised); null for a deleted category. */
  filterValue: string | null;
  cells: bigint[]; // one per month, in the report's month order
  totalMinor: bigint;
};

export type SpendingReport = { months: string[]; rows: SpendingRow[]; monthTotals: bigint[]; totalMinor: bigint };

function newRow(flow: MoneyFlow, months: string[], categories: Described): SpendingRow {
  const cells = months.map(() => 0n);
  if (flow.source !== 'rows') return { categoryId: SOURCE_LINES[flow.source].id, label: SOURCE_LINES[flow.source].label, filterValue: null, cells, totalMinor: 0n };
  const category = categories.get(flow.categoryId);
  const known = flow.categoryId === '' || Boolean(category);
  return {
    categoryId: flow.categoryId,
    label: flow.categoryId === '' ? 'Uncategorised' : (category?.label ?? 'Deleted category'),
    filterValue: known ? flow.categoryId || 'none' : null,
    cells,
    totalMinor: 0n,
  };
}

export async function getSpendingReport(db: Db, workspaceId: string, months: string[], categories: Described): Promise<SpendingReport> {
  if (months.length === 0) return { months, rows: [], monthTotals: [], totalMinor: 0n };
  // At most a few thousand groups: the user's categories × the (capped) number of months.
  const { flows } = await readMoneyFlows(db, workspaceId, months[0]!, months[months.length - 1]!);
  const column = new Map(months.map((month, index) => [month, index]));
  const rows = new Map<string, SpendingRow>();
  for (const flow of flows) {
    if (flow.treatment !== 'spending') continue;
    const index = column.get(flow.month);
    if (index === undefined) continue;
    const key = flow.source === 'rows' ? flow.categoryId : SOURCE_LINES[flow.source].id;
    const row = rows.get(key) ?? newRow(flow, months, categories);
    rows.set(key, row);
    row.cells[index] = row.cells[index]! + spentOf(flow);
    row.totalMinor += spentOf(flow);
  }
  const shown = [...rows.values()].filter((row) => row.cells.some((cell) => cell !== 0n)).sort((a, b) => (b.totalMinor > a.totalMinor ? 1 : b.totalMinor < a.totalMinor ? -1 : a.label.localeCompare(b.label)));
  const monthTotals = months.map((_, index) => shown.reduce((sum, row) => sum + row.cells[index]!, 0n));
  return { months, rows: shown, monthTotals, totalMinor: monthTotals.reduce((sum, cell) => sum + cell, 0n) };
}
