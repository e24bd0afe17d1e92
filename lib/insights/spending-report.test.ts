import { describe, expect, it } from 'vitest';
import { setUpMarchLedger } from '@/lib/budgeting/test-helpers/march-ledger';
import { describeCategories, ensureDefaultCategories } from '@/lib/categories/ensure-categories';
import { monthsBetween } from '@/lib/dates';
import { splitTransaction } from '@/lib/transactions/edit';
import { parseTransactionFilters } from '@/lib/transactions/filters';
import { getTransactionTotals } from '@/lib/transactions/totals';
import { spendingDrillDownHref } from './spending-drill-down';
import { getSpendingReport } from './spending-report';

const world = setUpMarchLedger();

async function report(workspaceId: string, from: string, to: string) {
  const categories = describeCategories(await ensureDefaultCategories(world.db, workspaceId));
  return getSpendingReport(world.db, workspaceId, monthsBetween(from, to), categories);
}

/** The totals /transactions shows for the list a cell links to. */
async function drillDownTotals(workspaceId: string, href: string) {
  const { filters, errors } = parseTransactionFilters(Object.fromEntries(new URL(href, 'http://x').searchParams));
  expect(errors).toEqual([]);
  return getTransactionTotals(world.db, workspaceId, filters);
}

describe('spending by category over months', () => {
  it('puts each category in its month, and every cell equals the total of the list it links to', async () => {
    const { workspaceId } = world.ledger.user;
    // Netflix split: part subscriptions, part dining, so a cell must count parts, not whole rows.
    await splitTransaction(world.db, workspaceId, world.rowId('netflix'), [
      { categoryId: world.category('entertainment.subscriptions'), amountMinor: -1_000n, note: null },
      { categoryId: world.category('food.dining'), amountMinor: -799n, note: null },
    ]);
    const result = await report(workspaceId, '2026-02', '2026-04');
    expect(result.months).toEqual(['2026-02', '2026-03', '2026-04']);
    const cellOf = (categoryKey: string) => result.rows.find((r) => r.categoryId === world.category(categoryKey))?.cells;
    expect(cellOf('food.groceries')).toEqual([0n, 8_412n, 0n]);
    expect(cellOf('entertainment.subscriptions')).toEqual([0n, 1_000n, 0n]);
    expect(cellOf('food.dining')).toEqual([0n, 799n, 0n]);

    let checked = 0;
    for (const row of result.rows) {
      for (const [index, month] of result.months.entries()) {
        if (!row.filterValue) continue;
        const totals = await drillDownTotals(workspaceId, spendingDrillDownHref(row.filterValue, month));
        expect(totals.outflowMinor - totals.inflowMinor, `${row.label} ${month}`).toBe(row.cells[index]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(9);
    expect(result.monthTotals.reduce((a, b) => a + b, 0n)).toBe(result.totalMinor);
    expect(result.rows.reduce((sum, row) => sum + row.totalMinor, 0n)).toBe(result.totalMinor);
  });

  it("is empty for a user with no spending, never another user's", async () => {
    expect(await report(world.ledger.other.workspaceId, '2026-03', '2026-03')).toEqual({ months: ['2026-03'], rows: [], monthTotals: [0n], totalMinor: 0n });
  });
});
