import { describe, expect, it } from 'vitest';
import { setUpMarchLedger } from '@/lib/budgeting/test-helpers/march-ledger';
import { getMonthlyTotals } from './monthly';

const world = setUpMarchLedger();

describe('monthly totals', () => {
  it('totals money in and out per month, to the cent, without transfers or pending', async () => {
    const [march, april] = await getMonthlyTotals(world.db, world.ledger.user.workspaceId, '2026-03', '2026-04');
    expect(march).toMatchObject({ inflowMinor: 318_422n, outflowMinor: 7_500n + 8_412n + 1_799n });
    expect(april).toMatchObject({ inflowMinor: 1_000n, outflowMinor: 0n });
    // Spending is money out minus refunds outside income categories: April's refund makes it negative.
    expect(march!.spendingMinor).toBe(7_500n + 8_412n + 1_799n);
    expect(april!.spendingMinor).toBe(-1_000n);
  });

  it("are zero for a user with no rows, never another user's", async () => {
    expect(await getMonthlyTotals(world.db, world.ledger.other.workspaceId, '2026-03', '2026-03')).toEqual([{ month: '2026-03', inflowMinor: 0n, outflowMinor: 0n, netMinor: 0n, spendingMinor: 0n, incomeMinor: 0n, ownerDrawsMinor: 0n }]);
  });
});
