import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMarchLedger, type MarchLedger } from '@/lib/budgeting/test-helpers/march-ledger';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { getCashFlow } from './cash-flow';

let t: TestDatabase;
let ledger: MarchLedger;

beforeAll(async () => {
  t = await createTestDatabase();
  ledger = await seedMarchLedger(t.db);
});
afterAll(() => t.drop());

describe('cash flow', () => {
  it('computes money in, top customers and runway for a range', async () => {
    const flow = await getCashFlow(t.db, ledger.user.userId, '2026-03', '2026-04');
    expect(flow.totalInMinor).toBe(319_422n);
    expect(flow.topCustomers[0]).toMatchObject({ merchant: 'Acme', totalMinor: 318_422n });
    expect(flow.runwayMonths).toBeNull();
  });
});
