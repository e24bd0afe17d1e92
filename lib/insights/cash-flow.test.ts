import { describe, expect, it } from 'vitest';
import { setUpMarchLedger } from '@/lib/budgeting/test-helpers/march-ledger';
import { getCashFlow } from './cash-flow';

const world = setUpMarchLedger();

describe('cash flow', () => {
  it('computes money in, top customers and runway for a range', async () => {
    const flow = await getCashFlow(world.db, world.ledger.user.userId, '2026-03', '2026-04');
    expect(flow.totalInMinor).toBe(319_422n);
    expect(flow.topCustomers[0]).toMatchObject({ merchant: 'Acme', totalMinor: 318_422n });
    expect(flow.runwayMonths).toBeNull();
  });
});
