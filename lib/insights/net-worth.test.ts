import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualAccount } from '@/lib/accounts/manual-accounts';
import { manualAccountSchema } from '@/lib/accounts/manual-schema';
import { reconstructAccountBalances } from '@/lib/accounts/reconstruct-balances';
import { insertTransactions, seedUser } from '@/lib/budgeting/test-helpers/seed';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { getNetWorthSeries } from './net-worth';

// Net worth as the sum of its parts: linked accounts (their reconstructed daily history, or the
// balances recorded at each sync until a sync has reconstructed them) plus manual accounts, with
// what is owed subtracted and other currencies left out. The clock is passed in.

const NOW = new Date('2026-06-20T12:00:00Z');

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const rows = (series: Awaited<ReturnType<typeof getNetWorthSeries>>) => series.map((p) => [p.month, p.assetsMinor, p.liabilitiesMinor, p.netWorthMinor]);

describe('getNetWorthSeries', () => {
  it('adds linked and manual accounts, from snapshots first and from reconstructed history after a sync', async () => {
    // Checking 5,000.00, savings 10,000.00, card owes 1,200.00 (seedUser's current balances).
    const user = await seedUser(t.db);
    await t.db.bankAccount.updateMany({ where: { id: { in: [user.checking, user.savings, user.card] } }, data: { balanceAsOf: new Date('2026-06-19T00:00:00Z') } });
    await t.db.balanceSnapshot.create({ data: { accountId: user.checking, takenAt: new Date('2026-04-10T00:00:00Z'), currentBalanceMinor: 300_000n } });
    const house = manualAccountSchema('2026-06-20').parse({ name: 'House', kind: 'property', currency: 'USD', openingDate: '2026-05-01', openingBalance: '200000' });
    await createManualAccount(t.db, user.workspaceId, house, NOW);
    const euro = manualAccountSchema('2026-06-20').parse({ name: 'Paris flat', kind: 'property', currency: 'EUR', openingDate: '2026-04-01', openingBalance: '300000' });
    await createManualAccount(t.db, user.workspaceId, euro, NOW);

    // Before any reconstruction: checking's April snapshot, then everyone's current balance in June.
    expect(rows(await getNetWorthSeries(t.db, user.workspaceId, 3, NOW))).toEqual([
      ['2026-04', 300_000n, 0n, 300_000n],
      ['2026-05', 20_300_000n, 0n, 20_300_000n],
      ['2026-06', 21_500_000n, 120_000n, 21_380_000n],
    ]);

    // A sync's history: checking got 1,000.00 on May 15; the card charged 200.00 on June 2.
    await insertTransactions(t.db, user.workspaceId, [
      { accountId: user.checking, amountMinor: 100_000n, day: '2026-05-15', description: 'Payroll' },
      { accountId: user.card, amountMinor: -20_000n, day: '2026-06-02', description: 'Shop' },
    ]);
    for (const id of [user.checking, user.savings, user.card]) await reconstructAccountBalances(t.db, id);
    expect(rows(await getNetWorthSeries(t.db, user.workspaceId, 3, NOW))).toEqual([
      ['2026-04', 1_400_000n, 100_000n, 1_300_000n],
      ['2026-05', 21_500_000n, 100_000n, 21_400_000n],
      ['2026-06', 21_500_000n, 120_000n, 21_380_000n],
    ]);
    // 'all' starts at the first day known in the home currency: the house's opening (the euro flat's earlier one is not counted).
    expect((await getNetWorthSeries(t.db, user.workspaceId, 'all', NOW))[0]?.month).toBe('2026-05');
  });
});
