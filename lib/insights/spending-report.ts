import type { Db } from '@/lib/db';

// Spending by category over months: one row per category the user spent in, one column per month,
// read from the monthly rollups (posted rows, transfers left out). A cell is money out minus
// refunds for that category and month, exactly what /transactions totals for the same category,
// month and "posted" filter, so each cell can link to the rows behind it.

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

export async function getSpendingReport(db: Db, userId: string, months: string[], categories: Described): Promise<SpendingReport> {
  if (months.length === 0) return { months, rows: [], monthTotals: [], totalMinor: 0n };
  // At most a few thousand groups: the user's categories × the (capped) number of months.
  const groups = await db.monthlyRollup.groupBy({
    by: ['categoryId', 'month'],
    where: { userId, month: { gte: months[0]!, lte: months[months.length - 1]! } },
    _sum: { inflowMinor: true, outflowMinor: true },
  });
  const column = new Map(months.map((month, index) => [month, index]));
  const rows = new Map<string, SpendingRow>();
  for (const group of groups) {
    const category = categories.get(group.categoryId);
    // Income categories are not spending; uncategorised rows are shown, as the dashboard does.
    if (category && category.kind !== 'expense') continue;
    const index = column.get(group.month);
    if (index === undefined) continue;
    let row = rows.get(group.categoryId);
    if (!row) {
      const known = group.categoryId === '' || Boolean(category);
      row = {
        categoryId: group.categoryId,
        label: group.categoryId === '' ? 'Uncategorised' : (category?.label ?? 'Deleted category'),
        filterValue: known ? group.categoryId || 'none' : null,
        cells: months.map(() => 0n),
        totalMinor: 0n,
      };
      rows.set(group.categoryId, row);
    }
    const spent = (group._sum.outflowMinor ?? 0n) - (group._sum.inflowMinor ?? 0n);
    row.cells[index] = row.cells[index]! + spent;
    row.totalMinor += spent;
  }
  const shown = [...rows.values()].filter((row) => row.cells.some((cell) => cell !== 0n)).sort((a, b) => (b.totalMinor > a.totalMinor ? 1 : b.totalMinor < a.totalMinor ? -1 : a.label.localeCompare(b.label)));
  const monthTotals = months.map((_, index) => shown.reduce((sum, row) => sum + row.cells[index]!, 0n));
  return { months, rows: shown, monthTotals, totalMinor: monthTotals.reduce((sum, cell) => sum + cell, 0n) };
}
