import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTransactions, seedUser } from '@/lib/budgeting/test-helpers/seed';
import { ensureDefaultCategories } from '@/lib/categories/ensure-categories';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { NotFoundError } from '@/lib/errors';
import { buildRuleFromTransaction, createRuleFromTransaction } from './rule-from-transaction';

describe('buildRuleFromTransaction', () => {
  it('matches on the bank’s merchant name when there is one', () => {
    const built = buildRuleFromTransaction({ description: 'WHOLEFDS LPK 10234', bankMerchantName: 'Whole Foods Market' }, { categoryId: 'c1', merchantName: null });
    expect(built?.match).toBe('Whole Foods Market');
    expect(built?.rule).toMatchObject({ descriptionContains: 'Whole Foods Market', setCategoryId: 'c1', setMerchantName: null });
  });

  it('falls back to the description, cut to what a rule can hold', () => {
    const built = buildRuleFromTransaction({ description: `  ${'X'.repeat(150)}`, bankMerchantName: '' }, { categoryId: 'c1', merchantName: 'Shop' });
    expect(built?.match).toBe('X'.repeat(100));
    expect(built?.rule.setMerchantName).toBe('Shop');
  });

  it('builds nothing from a transaction with nothing to match on', () => {
    expect(buildRuleFromTransaction({ description: '   ', bankMerchantName: null }, { categoryId: 'c1', merchantName: null })).toBeNull();
  });
});

describe('createRuleFromTransaction', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it('creates the rule and applies it to the user’s look-alikes only', async () => {
    const user = await seedUser(t.db);
    const other = await seedUser(t.db);
    const categories = await ensureDefaultCategories(t.db, user.workspaceId);
    const groceries = categories.find((c) => c.kind === 'expense')!;
    const [first] = await insertTransactions(t.db, user.workspaceId, [
      { accountId: user.card, amountMinor: -8_412n, day: '2026-03-05', description: 'WHOLEFDS LPK 10234', bankMerchantName: 'Whole Foods Market' },
      { accountId: user.card, amountMinor: -1_000n, day: '2026-03-06', description: 'Whole Foods Market #12' },
      { accountId: user.card, amountMinor: -500n, day: '2026-03-07', description: 'NETFLIX.COM' },
    ]);
    await insertTransactions(t.db, other.workspaceId, [{ accountId: other.card, amountMinor: -100n, day: '2026-03-05', description: 'Whole Foods Market' }]);

    const result = await createRuleFromTransaction(t.db, user.workspaceId, first!, { categoryId: groceries.id, merchantName: null });

    expect(result?.match).toBe('Whole Foods Market');
    expect(await t.db.categoryRule.count({ where: { workspaceId: user.workspaceId } })).toBe(1);
    const categorised = await t.db.transaction.findMany({ where: { categoryId: groceries.id }, select: { workspaceId: true, description: true } });
    expect(categorised.every((row) => row.workspaceId === user.workspaceId)).toBe(true);
    expect(categorised.map((row) => row.description).sort()).toEqual(['WHOLEFDS LPK 10234', 'Whole Foods Market #12']);
    expect(result?.matched).toBe(2);
  });

  it('treats someone else’s transaction as not found', async () => {
    const user = await seedUser(t.db);
    const other = await seedUser(t.db);
    const [theirs] = await insertTransactions(t.db, other.workspaceId, [{ accountId: other.card, amountMinor: -100n, day: '2026-03-05', description: 'Cafe' }]);
    await expect(createRuleFromTransaction(t.db, user.workspaceId, theirs!, { categoryId: 'x', merchantName: null })).rejects.toBeInstanceOf(NotFoundError);
  });
});
