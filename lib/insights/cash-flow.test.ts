import { describe, expect, it } from 'vitest';
import { setUpMarchLedger } from '@/lib/budgeting/test-helpers/march-ledger';
import { getCashFlow } from './cash-flow';

const world = setUpMarchLedger();

describe('cash flow', () => {
  it('computes money in, top customers and runway for a range', async () => {
    const flow = await getCashFlow(world.db, world.ledger.user.workspaceId, '2026-03', '2026-04');
    expect(flow.totalInMinor).toBe(319_422n);
    expect(flow.topCustomers[0]).toMatchObject({ merchant: 'Acme', totalMinor: 318_422n });
    expect(flow.runwayMonths).toBeNull();
  });
});

describe('cash flow month over month', () => {
  it('compares a month under way with the same days of the month before', async () => {
    const { workspaceId } = world.ledger.user;
    // 3 April: April 1–3 (a 10.00 refund) against March 1–3 (pay), not against all of March.
    const flow = await getCashFlow(world.db, workspaceId, '2026-03', '2026-04', new Date('2026-04-03T12:00:00Z'));
    expect(flow.monthOverMonth).toEqual({
      month: '2026-04',
      against: '2026-03',
      netMinor: 1_000n,
      againstNetMinor: 318_422n,
      changeMinor: 1_000n - 318_422n,
      days: { current: ['2026-04-01', '2026-04-03'], previous: ['2026-03-01', '2026-03-03'] },
    });
    // Once April is over, whole months.
    const later = await getCashFlow(world.db, workspaceId, '2026-03', '2026-04', new Date('2026-05-02T12:00:00Z'));
    expect(later.monthOverMonth).toEqual({ month: '2026-04', against: '2026-03', netMinor: 1_000n, againstNetMinor: 318_422n - 17_711n, changeMinor: 1_000n - (318_422n - 17_711n) });
  });
});
