import { describe, expect, it } from 'vitest';
import { setUpMarchLedger } from '@/lib/budgeting/test-helpers/march-ledger';
import { goalInputSchema } from '@/lib/goals/goal-schema';
import { createGoal, deleteGoal } from '@/lib/goals/goals';
import { saveMoneySettings } from '@/lib/money-meaning/settings';
import { readDashboardGoals, readMoneySettings } from './cached-pages';

// The dashboard's goals card and the counting line under the insight pages read through the page
// cache: the same object until a write moves the workspace's data version, then the new answer at once.

const world = setUpMarchLedger();
const NOW = new Date('2026-04-10T12:00:00Z');

describe('cached reads', () => {
  it('serve the goals from memory until a goal changes, and per day', async () => {
    const { db } = world;
    const { workspaceId, savings } = world.ledger.user;
    const none = await readDashboardGoals(db, workspaceId, NOW);
    expect(none).toEqual([]);
    expect(await readDashboardGoals(db, workspaceId, NOW)).toBe(none);

    const input = goalInputSchema.parse({ name: 'Emergency fund', target: '12000.00', targetDate: '2026-06-30', link: `account:${savings}` });
    const id = await createGoal(db, workspaceId, input, '2026-04-10');
    const one = await readDashboardGoals(db, workspaceId, NOW);
    expect(one.map((goal) => goal.name)).toEqual(['Emergency fund']);
    // Progress depends on the day ("what to put aside this month"): another day is another entry.
    const nextDay = await readDashboardGoals(db, workspaceId, new Date('2026-04-11T12:00:00Z'));
    expect(nextDay).not.toBe(one);
    expect(nextDay.map((goal) => goal.name)).toEqual(['Emergency fund']);

    await deleteGoal(db, workspaceId, id);
    expect(await readDashboardGoals(db, workspaceId, NOW)).toEqual([]);
  });

  it('serve the money settings from memory until they are saved', async () => {
    const { db } = world;
    const { workspaceId } = world.ledger.user;
    const before = await readMoneySettings(db, workspaceId);
    expect(await readMoneySettings(db, workspaceId)).toBe(before);
    const changed = { ...before, loanPayments: before.loanPayments === 'spending' ? ('transfer' as const) : ('spending' as const) };
    await saveMoneySettings(db, workspaceId, changed);
    expect(await readMoneySettings(db, workspaceId)).toEqual(changed);
  });
});
