import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIsoDay } from '@/lib/dates';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { getMonthlyTotals } from '@/lib/insights/monthly';
import { processNewTransactions } from './process-new-transactions';
import { seedMarchLedger } from './test-helpers/march-ledger';
import { seedUser } from './test-helpers/seed';

// Each step has its own tests beside its code (lib/categories, lib/insights); these check the whole pass.

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe('processing new transactions', () => {
  it('pairs transfers before categorizing, so a transfer is never counted as spending', async () => {
    const { user } = await seedMarchLedger(t.db);
    const rows = await t.db.transaction.findMany({ where: { workspaceId: user.workspaceId }, select: { isTransfer: true, categoryId: true } });
    expect(rows.filter((r) => r.isTransfer)).toHaveLength(4);
    expect(rows.every((r) => r.categoryId)).toBe(true);
    const [march] = await getMonthlyTotals(t.db, user.workspaceId, '2026-03', '2026-03');
    expect(march).toMatchObject({ inflowMinor: 318_422n, outflowMinor: 7_500n + 8_412n + 1_799n });
  });

  it('handles 2,000 new ids at once (bind-parameter limits)', async () => {
    const big = await seedUser(t.db);
    const rows = Array.from({ length: 2000 }, (_, i) => ({ accountId: big.card, amountMinor: -BigInt(100 + i), day: `2026-0${1 + (i % 9)}-1${i % 10}`, description: `SHOP ${i}`, bankCategory: '5411' }));
    const created = await t.db.transaction.createManyAndReturn({
      data: rows.map((r, i) => ({ workspaceId: big.workspaceId, accountId: r.accountId, bankTransactionId: `big${i}`, status: 'posted', amountMinor: r.amountMinor, bookedOn: parseIsoDay(r.day), description: r.description, bankCategory: r.bankCategory })),
      select: { id: true },
    });
    await processNewTransactions(t.db, big.workspaceId, created.map((c) => c.id));
    expect(await t.db.transaction.count({ where: { workspaceId: big.workspaceId, categorySource: 'bank' } })).toBe(2000);
    const totals = await getMonthlyTotals(t.db, big.workspaceId, '2026-01', '2026-09');
    expect(totals.reduce((s, m) => s + m.outflowMinor, 0n)).toBe(rows.reduce((s, r) => s - r.amountMinor, 0n));
  });
});
