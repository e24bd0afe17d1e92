import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { budgetInputSchema } from '@/lib/budgeting/budget-schema';
import { setBudget } from '@/lib/budgeting/budgets';
import { refreshRollups } from '@/lib/budgeting/rollups';
import { insertTransactions, seedUser } from '@/lib/budgeting/test-helpers/seed';
import { ensureDefaultCategories } from '@/lib/categories/ensure-categories';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { bulkRecategorize } from '@/lib/transactions/edit';
import { readBudgetsPage, readDashboardCategories, readDashboardIncome } from './cached-pages';
import { readDataVersion } from './data-version';
import { cachedPageData, clearPageCache, PAGE_CACHE_LIMITS, pageCacheStats } from './page-data-cache';

// Real database, real writes through the app's own write functions: the cache must show a write's
// effect on the very next read, and never one user's figures to another.

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});
beforeEach(() => clearPageCache());

const month = '2026-03';
const moneyOut = async (workspaceId: string) => (await readDashboardIncome(database.db, workspaceId, month)).at(-1)!.outflowMinor;

async function userWithSpending(amountMinor: bigint) {
  const user = await seedUser(database.db);
  const [id] = await insertTransactions(database.db, user.workspaceId, [{ accountId: user.checking, amountMinor, day: '2026-03-10', description: 'GROCER' }]);
  await refreshRollups(database.db, user.workspaceId, [month]);
  return { ...user, transactionId: id! };
}

describe('the page data cache', () => {
  it('serves a repeat read from the cache and recomputes right after a write', async () => {
    const { workspaceId, checking } = await userWithSpending(-1_000n);
    expect(await moneyOut(workspaceId)).toBe(1_000n);
    const version = await readDataVersion(database.db, workspaceId);

    // A write that bypasses every bumping helper is invisible: proof the second read is a hit.
    await database.db.monthlyRollup.updateMany({ where: { workspaceId }, data: { outflowMinor: 99n } });
    expect(await moneyOut(workspaceId)).toBe(1_000n);

    // The sync finisher's path: new rows, rollups refreshed (which bumps the version).
    await insertTransactions(database.db, workspaceId, [{ accountId: checking, amountMinor: -250n, day: '2026-03-11', description: 'CAFE' }]);
    await refreshRollups(database.db, workspaceId, [month]);
    expect(await readDataVersion(database.db, workspaceId)).toBeGreaterThan(version);
    expect(await moneyOut(workspaceId)).toBe(1_250n);
  });

  it('shows a budget and a recategorisation on the next read', async () => {
    const { workspaceId, transactionId } = await userWithSpending(-4_000n);
    const categories = await ensureDefaultCategories(database.db, workspaceId);
    const groceries = categories.find((c) => c.key === 'food.groceries')!.id;
    expect((await readBudgetsPage(database.db, workspaceId, month))[0]).toEqual([]);
    await setBudget(database.db, workspaceId, budgetInputSchema.parse({ categoryId: groceries, month, amount: '100', rollover: 'off' }));
    expect((await readBudgetsPage(database.db, workspaceId, month))[0]).toMatchObject([{ categoryId: groceries, availableMinor: 10_000n, spentMinor: 0n }]);

    expect(await readDashboardCategories(database.db, workspaceId, month)).toMatchObject([{ categoryId: '', spentMinor: 4_000n }]);
    await bulkRecategorize(database.db, workspaceId, [transactionId], groceries);
    expect(await readDashboardCategories(database.db, workspaceId, month)).toMatchObject([{ label: 'Food', spentMinor: 4_000n }]);
    expect((await readBudgetsPage(database.db, workspaceId, month))[0]).toMatchObject([{ categoryId: groceries, spentMinor: 4_000n }]);
  });

  it("never answers one user's read with another user's data", async () => {
    const alice = await userWithSpending(-1_111n);
    const bob = await userWithSpending(-2_222n);
    // Same page, same params, same data version (both fresh users wrote the same number of times).
    expect(await moneyOut(alice.workspaceId)).toBe(1_111n);
    expect(await moneyOut(bob.workspaceId)).toBe(2_222n);
    expect(await moneyOut(alice.workspaceId)).toBe(1_111n);
  });

  it('stays within its entry bound however many pages are read', async () => {
    const { workspaceId } = await seedUser(database.db);
    for (let i = 0; i < PAGE_CACHE_LIMITS.maxEntries + 50; i++) await cachedPageData(database.db, workspaceId, 'bound-test', { i }, async () => i);
    expect(pageCacheStats().entries).toBe(PAGE_CACHE_LIMITS.maxEntries);
    // The oldest were evicted, the newest kept.
    let computed = false;
    await cachedPageData(database.db, workspaceId, 'bound-test', { i: 0 }, async () => ((computed = true), 0));
    expect(computed).toBe(true);
  });

  it('shares one computation between concurrent misses and forgets a failed one', async () => {
    const { workspaceId } = await seedUser(database.db);
    let runs = 0;
    const compute = async () => ++runs;
    await Promise.all([1, 2, 3].map(() => cachedPageData(database.db, workspaceId, 'concurrent', {}, compute)));
    expect(runs).toBe(1);
    await expect(cachedPageData(database.db, workspaceId, 'failing', {}, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cachedPageData(database.db, workspaceId, 'failing', {}, async () => 'ok')).toBe('ok');
  });
});
