import { describe, expect, it } from 'vitest';
import { bulkRecategorize } from '@/lib/transactions/edit';
import { budgetInputSchema } from './budget-schema';
import { getBudgetMonth, setBudget } from './budgets';
import { setUpMarchLedger } from './test-helpers/march-ledger';

const world = setUpMarchLedger();

describe('a budget month', () => {
  it('follows a recategorized transaction, both ways', async () => {
    const { workspaceId } = world.ledger.user;
    const netflix = world.rowId('netflix');
    const subscriptions = world.category('entertainment.subscriptions');
    await setBudget(world.db, workspaceId, budgetInputSchema.parse({ categoryId: subscriptions, month: '2026-03', amount: '20', rollover: 'on' }));

    await bulkRecategorize(world.db, workspaceId, [netflix], world.category('food.dining'));
    expect((await getBudgetMonth(world.db, workspaceId, '2026-03'))[0]).toMatchObject({ categoryId: subscriptions, spentMinor: 0n, availableMinor: 2_000n });

    await bulkRecategorize(world.db, workspaceId, [netflix], subscriptions);
    expect((await getBudgetMonth(world.db, workspaceId, '2026-03'))[0]).toMatchObject({ categoryId: subscriptions, spentMinor: 1_799n, availableMinor: 2_000n, status: 'warning' });
  });
});
