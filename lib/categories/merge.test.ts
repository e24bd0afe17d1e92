import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { getBudgetMonth } from '@/lib/budgeting/budgets';
import { rebuildAllRollups } from '@/lib/budgeting/rollups';
import { insertTransactions, seedUser } from '@/lib/budgeting/test-helpers/seed';
import { createCategorySchema } from './category-schema';
import { ensureDefaultCategories } from './ensure-categories';
import { createCategory } from './manage';
import { mergeCategory } from './merge';

let t: TestDatabase;
let user: Awaited<ReturnType<typeof seedUser>>;
let otherWorkspaceId: string;
let key: (k: string) => string;

beforeAll(async () => {
  t = await createTestDatabase();
  user = await seedUser(t.db);
  otherWorkspaceId = (await seedUser(t.db)).workspaceId;
  const rows = await ensureDefaultCategories(t.db, user.workspaceId);
  await ensureDefaultCategories(t.db, otherWorkspaceId);
  key = (k) => rows.find((row) => row.key === k)!.id;
});
afterAll(() => t.drop());

const NOW = new Date('2026-04-10T12:00:00Z');

async function sums(workspaceId: string) {
  const all = await t.db.transaction.aggregate({ where: { workspaceId }, _sum: { amountMinor: true }, _count: true });
  const splits = await t.db.transactionSplit.aggregate({ where: { workspaceId }, _sum: { amountMinor: true }, _count: true });
  return { all, splits };
}

describe('merging a category into another', () => {
  it('moves transactions, split parts, rules, goals and budgets in one go, rebuilds the rollups, loses nothing', async () => {
    const coffee = await createCategory(t.db, user.workspaceId, createCategorySchema.parse({ name: 'Coffee', parentId: key('food') }));
    const dining = key('food.dining');
    const ids = await insertTransactions(t.db, user.workspaceId, [
      { accountId: user.card, amountMinor: -450n, day: '2026-02-03', description: 'BEAN BAR' },
      { accountId: user.card, amountMinor: -550n, day: '2026-03-04', description: 'BEAN BAR' },
      { accountId: user.card, amountMinor: -2_000n, day: '2026-03-05', description: 'BISTRO' },
      { accountId: user.card, amountMinor: -3_000n, day: '2026-03-06', description: 'MARKET + CAFE' },
      { accountId: user.card, amountMinor: -700n, day: '2026-03-07', description: 'BEAN BAR', status: 'pending' },
    ]);
    await t.db.transaction.updateMany({ where: { id: { in: [ids[0]!, ids[1]!, ids[4]!] } }, data: { categoryId: coffee, categorySource: 'user' } });
    await t.db.transaction.update({ where: { id: ids[2]! }, data: { categoryId: dining } });
    await t.db.transactionSplit.createMany({
      data: [
        { workspaceId: user.workspaceId, transactionId: ids[3]!, categoryId: key('food.groceries'), amountMinor: -2_500n },
        { workspaceId: user.workspaceId, transactionId: ids[3]!, categoryId: coffee, amountMinor: -500n, sortOrder: 1 },
      ],
    });
    const rule = await t.db.categoryRule.create({ data: { workspaceId: user.workspaceId, descriptionContains: 'bean', setCategoryId: coffee } });
    const goal = await t.db.goal.create({ data: { workspaceId: user.workspaceId, name: 'Espresso machine', targetMinor: 50_000n, targetDate: new Date('2026-12-01T00:00:00Z'), categoryId: coffee, startsOn: new Date('2026-01-01T00:00:00Z') } });
    await t.db.budget.createMany({
      data: [
        { workspaceId: user.workspaceId, categoryId: coffee, month: '2026-03', amountMinor: 5_000n },
        { workspaceId: user.workspaceId, categoryId: dining, month: '2026-01', amountMinor: 20_000n },
      ],
    });
    await rebuildAllRollups(t.db, user.workspaceId, NOW);
    const before = await sums(user.workspaceId);
    const marchBefore = await getBudgetMonth(t.db, user.workspaceId, '2026-03');
    const spentBefore = marchBefore.reduce((sum, line) => sum + line.spentMinor, 0n);

    const result = await mergeCategory(t.db, user.workspaceId, coffee, dining);

    expect(result).toEqual({ transactions: 3, splits: 1, rules: 1, budgets: 1, goals: 1 });
    expect(await t.db.category.findUnique({ where: { id: coffee } })).toBeNull();
    expect(await t.db.transaction.count({ where: { categoryId: coffee } })).toBe(0);
    expect(await t.db.transaction.count({ where: { workspaceId: user.workspaceId, categoryId: dining } })).toBe(4);
    expect((await t.db.transactionSplit.findFirst({ where: { transactionId: ids[3]!, sortOrder: 1 } }))!.categoryId).toBe(dining);
    expect((await t.db.categoryRule.findUnique({ where: { id: rule.id } }))!.setCategoryId).toBe(dining);
    expect((await t.db.goal.findUnique({ where: { id: goal.id } }))!.categoryId).toBe(dining);
    // The user's choice stays a user choice.
    expect((await t.db.transaction.findUnique({ where: { id: ids[0]! } }))!.categorySource).toBe('user');
    // Nothing lost: same rows, same money.
    expect(await sums(user.workspaceId)).toEqual(before);

    // Budgets: January on is dining's 200.00; March on is 200.00 + 50.00.
    const budgets = await t.db.budget.findMany({ where: { workspaceId: user.workspaceId }, orderBy: { month: 'asc' }, select: { categoryId: true, month: true, amountMinor: true } });
    expect(budgets).toEqual([
      { categoryId: dining, month: '2026-01', amountMinor: 20_000n },
      { categoryId: dining, month: '2026-03', amountMinor: 25_000n },
    ]);
    const march = await getBudgetMonth(t.db, user.workspaceId, '2026-03');
    expect(march).toHaveLength(1);
    // March spending under dining: 5.50 coffee + 20.00 bistro + 5.00 split part (pending not counted).
    expect(march[0]).toMatchObject({ categoryId: dining, amountMinor: 25_000n, spentMinor: 3_050n });
    expect(march[0]!.spentMinor).toBe(spentBefore);

    // Rollups were rebuilt: no row names the deleted category, and the months' totals are unchanged.
    expect(await t.db.monthlyRollup.count({ where: { workspaceId: user.workspaceId, categoryId: coffee } })).toBe(0);
    const rollupDining = await t.db.monthlyRollup.aggregate({ where: { workspaceId: user.workspaceId, categoryId: dining }, _sum: { outflowMinor: true } });
    expect(rollupDining._sum.outflowMinor).toBe(450n + 550n + 2_000n + 500n);
  });

  it('hands a default category’s key to the user’s own category it is merged into, so bank data still finds it', async () => {
    const mine = await createCategory(t.db, user.workspaceId, createCategorySchema.parse({ name: 'Fuel and charging', parentId: key('transport') }));
    await mergeCategory(t.db, user.workspaceId, key('transport.fuel'), mine);
    expect((await t.db.category.findUnique({ where: { id: mine } }))!.key).toBe('transport.fuel');
  });

  it('refuses merging into itself, another user’s category, a group with categories, or another kind — changing nothing', async () => {
    const tea = await createCategory(t.db, user.workspaceId, createCategorySchema.parse({ name: 'Tea', parentId: key('food') }));
    const [txId] = await insertTransactions(t.db, user.workspaceId, [{ accountId: user.card, amountMinor: -300n, day: '2026-03-09', description: 'TEA HOUSE' }]);
    await t.db.transaction.update({ where: { id: txId! }, data: { categoryId: tea } });
    const theirs = (await t.db.category.findFirst({ where: { workspaceId: otherWorkspaceId, key: 'food.dining' } }))!.id;

    await expect(mergeCategory(t.db, user.workspaceId, tea, tea)).rejects.toThrow('Choose a different category to merge into.');
    await expect(mergeCategory(t.db, user.workspaceId, tea, theirs)).rejects.toThrow('That category was not found.');
    await expect(mergeCategory(t.db, user.workspaceId, theirs, tea)).rejects.toThrow('That category was not found.');
    await expect(mergeCategory(t.db, user.workspaceId, 'no-such-id', tea)).rejects.toThrow('not found');
    await expect(mergeCategory(t.db, user.workspaceId, key('food'), key('travel'))).rejects.toThrow('is a group with categories in it');
    await expect(mergeCategory(t.db, user.workspaceId, tea, key('income.salary'))).rejects.toThrow('different kinds of money');

    expect((await t.db.transaction.findUnique({ where: { id: txId! } }))!.categoryId).toBe(tea);
    expect(await t.db.category.count({ where: { id: { in: [tea, theirs] } } })).toBe(2);
    expect(await t.db.transaction.count({ where: { workspaceId: otherWorkspaceId } })).toBe(0);
  });
});
