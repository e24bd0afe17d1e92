import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { bulkRecategorize } from '@/lib/transactions/edit';
import { budgetInputSchema } from './budget-schema';
import { getBudgetMonth, setBudget } from './budgets';
import { categoryIdsByKey, row, seedMarchLedger, type MarchLedger } from './test-helpers/march-ledger';

let t: TestDatabase;
let ledger: MarchLedger;

beforeAll(async () => {
  t = await createTestDatabase();
  ledger = await seedMarchLedger(t.db);
});
afterAll(() => t.drop());

describe('a budget month', () => {
  it('follows a recategorized transaction, both ways', async () => {
    const { userId } = ledger.user;
    const categories = await categoryIdsByKey(t.db, userId);
    const [subscriptions, dining] = [categories.get('entertainment.subscriptions')!, categories.get('food.dining')!];
    const netflix = ledger.ids[row.netflix]!;
    await setBudget(t.db, userId, budgetInputSchema.parse({ categoryId: subscriptions, month: '2026-03', amount: '20', rollover: 'on' }));

    await bulkRecategorize(t.db, userId, [netflix], dining);
    expect((await getBudgetMonth(t.db, userId, '2026-03'))[0]).toMatchObject({ categoryId: subscriptions, spentMinor: 0n, availableMinor: 2_000n });

    await bulkRecategorize(t.db, userId, [netflix], subscriptions);
    expect((await getBudgetMonth(t.db, userId, '2026-03'))[0]).toMatchObject({ categoryId: subscriptions, spentMinor: 1_799n, availableMinor: 2_000n, status: 'warning' });
  });
});
