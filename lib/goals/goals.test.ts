import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { insertTransactions, seedUser } from '@/lib/budgeting/test-helpers/seed';
import { ensureDefaultCategories } from '@/lib/categories/ensure-categories';
import { goalInputSchema } from './goal-schema';
import { createGoal, deleteGoal, listGoals, updateGoal } from './goals';

let t: TestDatabase;
let user: Awaited<ReturnType<typeof seedUser>>;
let other: Awaited<ReturnType<typeof seedUser>>;
let investments: string;

beforeAll(async () => {
  t = await createTestDatabase();
  user = await seedUser(t.db);
  other = await seedUser(t.db);
  investments = (await ensureDefaultCategories(t.db, user.workspaceId)).find((c) => c.key === 'financial.investments')!.id;
});
afterAll(() => t.drop());

const input = (fields: Record<string, string>) => goalInputSchema.parse({ name: 'Goal', target: '1000.00', targetDate: '2026-06-30', ...fields });

describe('goals', () => {
  it('tracks an account goal by its balance and needs the rest spread over the months left', async () => {
    // The seeded savings account holds 10,000.00.
    const id = await createGoal(t.db, user.workspaceId, input({ name: 'Emergency fund', target: '12000.00', targetDate: '2026-06-30', link: `account:${user.savings}` }), '2026-04-10');
    const [goal] = (await listGoals(t.db, user.workspaceId, '2026-04-10')).filter((g) => g.id === id);
    expect(goal).toMatchObject({ name: 'Emergency fund', targetDay: '2026-06-30', link: { kind: 'account', name: 'savings' } });
    // 2,000.00 left over April, May, June → 666.67 a month.
    expect(goal!.progress).toMatchObject({ status: 'in_progress', savedMinor: 1_000_000n, monthsLeft: 3, monthlyNeededMinor: 66_667n, percent: 83 });
  });

  it('tracks a category goal by the money put into it since the goal started, split parts included', async () => {
    const ids = await insertTransactions(t.db, user.workspaceId, [
      { accountId: user.checking, amountMinor: -20_000n, day: '2026-03-30', description: 'BROKER (before the goal)' },
      { accountId: user.checking, amountMinor: -30_000n, day: '2026-04-12', description: 'BROKER' },
      { accountId: user.checking, amountMinor: -10_000n, day: '2026-04-15', description: 'SPLIT', },
      { accountId: user.checking, amountMinor: -5_000n, day: '2026-04-16', description: 'BROKER', status: 'pending' },
    ]);
    await t.db.transaction.updateMany({ where: { id: { in: [ids[0]!, ids[1]!, ids[3]!] } }, data: { categoryId: investments } });
    await t.db.transactionSplit.createMany({
      data: [
        { workspaceId: user.workspaceId, transactionId: ids[2]!, categoryId: investments, amountMinor: -4_000n },
        { workspaceId: user.workspaceId, transactionId: ids[2]!, categoryId: null, amountMinor: -6_000n, sortOrder: 1 },
      ],
    });
    const id = await createGoal(t.db, user.workspaceId, input({ name: 'Invest', target: '500.00', targetDate: '2026-04-30', link: `category:${investments}` }), '2026-04-01');
    const goal = (await listGoals(t.db, user.workspaceId, '2026-04-20')).find((g) => g.id === id)!;
    // 300.00 + 40.00 saved since 1 April; target this month → all 160.00 now.
    expect(goal.progress).toMatchObject({ status: 'in_progress', savedMinor: 34_000n, remainingMinor: 16_000n, monthsLeft: 1, monthlyNeededMinor: 16_000n });
    expect((await listGoals(t.db, user.workspaceId, '2026-05-01')).find((g) => g.id === id)!.progress.status).toBe('past_due');
  });

  it('is reached when the balance covers the target', async () => {
    const id = await createGoal(t.db, user.workspaceId, input({ name: 'Small', target: '50.00', link: `account:${user.checking}` }), '2026-04-10');
    expect((await listGoals(t.db, user.workspaceId, '2026-04-10')).find((g) => g.id === id)!.progress).toMatchObject({ status: 'reached', monthlyNeededMinor: 0n, percent: 100 });
  });

  it('edits and deletes only the user’s own goals, linked only to their own accounts and categories', async () => {
    const id = await createGoal(t.db, user.workspaceId, input({ name: 'Car', link: `account:${user.savings}` }), '2026-04-10');
    await expect(createGoal(t.db, user.workspaceId, input({ link: `account:${other.savings}` }), '2026-04-10')).rejects.toThrow('That account was not found.');
    await expect(updateGoal(t.db, other.workspaceId, id, input({ link: `account:${other.savings}` }))).rejects.toThrow('That goal was not found.');
    await expect(updateGoal(t.db, user.workspaceId, id, input({ link: `category:${'nope'}` }))).rejects.toThrow('That category was not found.');
    await expect(deleteGoal(t.db, other.workspaceId, id)).rejects.toThrow('That goal was not found.');
    await updateGoal(t.db, user.workspaceId, id, input({ name: 'New car', target: '2500', targetDate: '2027-01-31', link: `account:${user.checking}` }));
    expect(await t.db.goal.findUnique({ where: { id }, select: { name: true, targetMinor: true, accountId: true } })).toEqual({ name: 'New car', targetMinor: 250_000n, accountId: user.checking });
    await deleteGoal(t.db, user.workspaceId, id);
    expect(await t.db.goal.findUnique({ where: { id } })).toBeNull();
  });

  it('refuses bad input with clear messages', () => {
    const issues = (fields: Record<string, string>) => goalInputSchema.safeParse({ name: 'x', target: '10', targetDate: '2026-01-01', link: 'account:a', ...fields }).error?.issues.map((i) => i.message);
    expect(issues({ name: ' ' })).toEqual(['Give the goal a name.']);
    expect(issues({ target: '0' })).toEqual(['The target must be more than zero.']);
    expect(issues({ target: 'lots' })).toEqual(['Enter the amount to save, like 2500.00.']);
    expect(issues({ targetDate: '2026-02-30' })).toEqual(['Choose the day you want to reach it by.']);
    expect(issues({ link: '' })).toEqual(['Choose the account or category that holds the savings.']);
  });
});
