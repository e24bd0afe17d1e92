import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categoryIdsByKey, row, seedMarchLedger, type MarchLedger } from '@/lib/budgeting/test-helpers/march-ledger';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { getMonthlyTotals } from '@/lib/insights/monthly';
import { bulkRecategorize, splitTransaction, updateTransactionDetails } from './edit';
import { parseTransactionFilters } from './filters';
import { listTransactions } from './list';

let t: TestDatabase;
let ledger: MarchLedger;

beforeAll(async () => {
  t = await createTestDatabase();
  ledger = await seedMarchLedger(t.db);
});
afterAll(() => t.drop());

describe('editing transactions', () => {
  it('splits exactly, and refuses parts that do not add up', async () => {
    const { userId } = ledger.user;
    const categories = await categoryIdsByKey(t.db, userId);
    const [a, b] = [categories.get('food.groceries')!, categories.get('shopping.general')!];
    const wholeFoods = ledger.ids[row.wholeFoods]!;
    await expect(splitTransaction(t.db, userId, wholeFoods, [{ categoryId: a, amountMinor: -8_000n, note: null }, { categoryId: b, amountMinor: -400n, note: null }])).rejects.toThrow(/add up exactly/);
    await splitTransaction(t.db, userId, wholeFoods, [{ categoryId: a, amountMinor: -8_000n, note: null }, { categoryId: b, amountMinor: -412n, note: null }]);
    const list = await listTransactions(t.db, userId, parseTransactionFilters({ category: b }).filters);
    expect(list.items.map((i) => i.id)).toEqual([wholeFoods]);
    const [march] = await getMonthlyTotals(t.db, userId, '2026-03', '2026-03');
    expect(march!.outflowMinor).toBe(7_500n + 8_412n + 1_799n);
  });

  it("treats another user's ids as not found", async () => {
    const { other, ids } = ledger;
    await expect(updateTransactionDetails(t.db, other.userId, ids[0]!, { categoryId: null, merchantName: null, notes: null, tagNames: [] })).rejects.toThrow(/not found/);
    await expect(bulkRecategorize(t.db, other.userId, [ids[0]!], null)).rejects.toThrow(/not found/);
    expect((await listTransactions(t.db, other.userId, parseTransactionFilters({}).filters)).items).toEqual([]);
  });
});
