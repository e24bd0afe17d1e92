import { describe, expect, it } from 'vitest';
import { setUpMarchLedger } from '@/lib/budgeting/test-helpers/march-ledger';
import { updateTransactionDetails } from '@/lib/transactions/edit';
import { ruleInputSchema } from './rule-schema';
import { applyRuleToExisting, createRule } from './rules';

const world = setUpMarchLedger();

describe('rules on existing rows', () => {
  it('recategorize matching rows, never over a user choice', async () => {
    const { workspaceId } = world.ledger.user;
    const [groceries, dining] = [world.category('food.groceries'), world.category('food.dining')];
    const wholeFoods = world.rowId('wholeFoods');
    await updateTransactionDetails(world.db, workspaceId, wholeFoods, { categoryId: groceries, merchantName: 'Whole Foods', notes: 'weekly shop', tagNames: ['home'] });
    await createRule(world.db, workspaceId, ruleInputSchema.parse({ descriptionPattern: 'netflix|wholefds', setCategoryId: dining, addTagName: 'tv' }));

    expect(await applyRuleToExisting(world.db, workspaceId)).toBe(1);
    expect(await world.db.transaction.findUniqueOrThrow({ where: { id: world.rowId('netflix') } })).toMatchObject({ categoryId: dining, categorySource: 'rule' });
    expect(await world.db.transaction.findUniqueOrThrow({ where: { id: wholeFoods } })).toMatchObject({ categoryId: groceries, categorySource: 'user' });
  });
});
