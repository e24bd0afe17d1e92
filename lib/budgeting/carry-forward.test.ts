import { describe, expect, it } from 'vitest';
import { budgetInputSchema } from './budget-schema';
import { copyLastMonth, getBudgetMonth, removeBudgetFrom, setBudget } from './budgets';
import { setUpMarchLedger } from './test-helpers/march-ledger';

// Budgets on a real database: set once, they hold for later months until changed or removed.
const world = setUpMarchLedger();

const amounts = async (workspaceId: string, month: string) => (await getBudgetMonth(world.db, workspaceId, month)).map((l) => [l.categoryId, l.amountMinor, l.sinceMonth]);

describe('budgets carried forward', () => {
  it('hold from the month they are set, change from a later month, and end when removed', async () => {
    const { workspaceId } = world.ledger.user;
    const groceries = world.category('food.groceries');
    const set = (month: string, amount: string) => setBudget(world.db, workspaceId, budgetInputSchema.parse({ categoryId: groceries, month, amount, rollover: '' }));

    await set('2026-01', '400');
    expect(await amounts(workspaceId, '2025-12')).toEqual([]);
    expect(await amounts(workspaceId, '2026-03')).toEqual([[groceries, 400_00n, '2026-01']]);
    // Far later than the rollover window still sees it.
    expect(await amounts(workspaceId, '2029-03')).toEqual([[groceries, 400_00n, '2026-01']]);

    await set('2026-04', '350');
    expect(await amounts(workspaceId, '2026-03')).toEqual([[groceries, 400_00n, '2026-01']]);
    expect(await amounts(workspaceId, '2026-06')).toEqual([[groceries, 350_00n, '2026-04']]);

    await removeBudgetFrom(world.db, workspaceId, groceries, '2026-03');
    expect(await amounts(workspaceId, '2026-02')).toEqual([[groceries, 400_00n, '2026-01']]);
    expect(await amounts(workspaceId, '2026-03')).toEqual([]);
    expect(await amounts(workspaceId, '2026-06')).toEqual([]);

    // "Copy last month" brings February's budget back into March, and it carries on from there.
    expect(await copyLastMonth(world.db, workspaceId, '2026-03')).toBe(1);
    expect(await amounts(workspaceId, '2026-05')).toEqual([[groceries, 400_00n, '2026-03']]);
    expect(await copyLastMonth(world.db, workspaceId, '2026-03')).toBe(0);
  });

  it("never shows or changes another user's budgets", async () => {
    const { workspaceId } = world.ledger.user;
    const other = world.ledger.other.workspaceId;
    expect(await amounts(other, '2026-05')).toEqual([]);
    await removeBudgetFrom(world.db, other, world.category('food.groceries'), '2026-01');
    expect(await amounts(workspaceId, '2026-05')).toHaveLength(1);
    await expect(copyLastMonth(world.db, other, '2026-05')).rejects.toThrow('Last month has no budgets to copy.');
  });
});
