import { describe, expect, it } from 'vitest';
import { setUpMarchLedger } from '@/lib/budgeting/test-helpers/march-ledger';
import { getMonthlyTotals } from '@/lib/insights/monthly';
import { bulkRecategorize, splitTransaction, updateTransactionDetails } from './edit';
import { parseTransactionFilters } from './filters';
import { listTransactions } from './list';

const world = setUpMarchLedger();

describe('editing transactions', () => {
  it('splits exactly, and refuses parts that do not add up', async () => {
    const { workspaceId } = world.ledger.user;
    const wholeFoods = world.rowId('wholeFoods');
    const [a, b] = [world.category('food.groceries'), world.category('shopping.general')];
    await expect(splitTransaction(world.db, workspaceId, wholeFoods, [{ categoryId: a, amountMinor: -8_000n, note: null }, { categoryId: b, amountMinor: -400n, note: null }])).rejects.toThrow(/add up exactly/);
    await splitTransaction(world.db, workspaceId, wholeFoods, [{ categoryId: a, amountMinor: -8_000n, note: null }, { categoryId: b, amountMinor: -412n, note: null }]);
    const list = await listTransactions(world.db, workspaceId, parseTransactionFilters({ category: b }).filters);
    expect(list.items.map((i) => i.id)).toEqual([wholeFoods]);
    const [march] = await getMonthlyTotals(world.db, workspaceId, '2026-03', '2026-03');
    expect(march!.outflowMinor).toBe(7_500n + 8_412n + 1_799n);
  });

  it("treats another user's ids as not found", async () => {
    const { other, ids } = world.ledger;
    await expect(updateTransactionDetails(world.db, other.workspaceId, ids[0]!, { categoryId: null, merchantName: null, notes: null, tagNames: [] })).rejects.toThrow(/not found/);
    await expect(bulkRecategorize(world.db, other.workspaceId, [ids[0]!], null)).rejects.toThrow(/not found/);
    expect((await listTransactions(world.db, other.workspaceId, parseTransactionFilters({}).filters)).items).toEqual([]);
  });
});
