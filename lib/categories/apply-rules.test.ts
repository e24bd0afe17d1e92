import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { insertTransactions, seedUser } from '@/lib/budgeting/test-helpers/seed';
import { applyRuleToExisting, createRule } from './rules';
import { ruleInputSchema } from './rule-schema';

let t: TestDatabase;
let user: Awaited<ReturnType<typeof seedUser>>;
let ruleId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  user = await seedUser(t.db);
  const rows = Array.from({ length: 7 }, (_, i) => ({ accountId: user.card, amountMinor: -100n - BigInt(i), day: '2026-03-01', description: `COFFEE ${i}` }));
  await insertTransactions(t.db, user.workspaceId, rows);
  const category = await t.db.category.create({ data: { workspaceId: user.workspaceId, name: 'Coffee', kind: 'expense' } });
  ruleId = await createRule(t.db, user.workspaceId, ruleInputSchema.parse({ descriptionPattern: '^coffee', setCategoryId: category.id }));
});
afterAll(() => t.drop());

/** A clock that moves `step` milliseconds every time it is read. */
function steppingClock(step: number) {
  let now = 0;
  return () => (now += step);
}

describe('apply to existing', () => {
  it('stops with a clear message when it runs over its time budget, keeping the pages it finished', async () => {
    const run = applyRuleToExisting(t.db, user.workspaceId, ruleId, { budgetMs: 25_000, now: steppingClock(10_000), pageSize: 2 });
    await expect(run).rejects.toThrow(/took longer than 25 seconds.*stopped after 6 transactions/);
    const done = await t.db.transaction.count({ where: { workspaceId: user.workspaceId, categorySource: 'rule' } });
    expect(done).toBe(6);
  });

  it('finishes every page within the budget', async () => {
    expect(await applyRuleToExisting(t.db, user.workspaceId, ruleId, { budgetMs: 25_000, now: steppingClock(1), pageSize: 2 })).toBe(7);
    expect(await t.db.transaction.count({ where: { workspaceId: user.workspaceId, categorySource: 'rule' } })).toBe(7);
  });
});
