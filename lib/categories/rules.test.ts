import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categoryIdsByKey, row, seedMarchLedger, type MarchLedger } from '@/lib/budgeting/test-helpers/march-ledger';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { updateTransactionDetails } from '@/lib/transactions/edit';
import { ruleInputSchema } from './rule-schema';
import { applyRuleToExisting, createRule } from './rules';

let t: TestDatabase;
let ledger: MarchLedger;

beforeAll(async () => {
  t = await createTestDatabase();
  ledger = await seedMarchLedger(t.db);
});
afterAll(() => t.drop());

describe('rules on existing rows', () => {
  it('recategorize matching rows, never over a user choice', async () => {
    const { userId } = ledger.user;
    const categories = await categoryIdsByKey(t.db, userId);
    const [groceries, dining] = [categories.get('food.groceries')!, categories.get('food.dining')!];
    const wholeFoods = ledger.ids[row.wholeFoods]!;
    await updateTransactionDetails(t.db, userId, wholeFoods, { categoryId: groceries, merchantName: 'Whole Foods', notes: 'weekly shop', tagNames: ['home'] });
    await createRule(t.db, userId, ruleInputSchema.parse({ descriptionPattern: 'netflix|wholefds', setCategoryId: dining, addTagName: 'tv' }));

    expect(await applyRuleToExisting(t.db, userId)).toBe(1);
    expect(await t.db.transaction.findUniqueOrThrow({ where: { id: ledger.ids[row.netflix]! } })).toMatchObject({ categoryId: dining, categorySource: 'rule' });
    expect(await t.db.transaction.findUniqueOrThrow({ where: { id: wholeFoods } })).toMatchObject({ categoryId: groceries, categorySource: 'user' });
  });
});
