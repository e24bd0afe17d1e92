import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { runPendingReplacementHooks, runRecentMonthsHooks, runSyncProcessors, runSyncRunFinishers } from '@/lib/sync/processors';
import '@/lib/sync/register-processors';
import { insertTransactions, seedUser } from './test-helpers/seed';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe('budgeting sync hooks', () => {
  it('categorise new rows and keep rollups current through the registered processor', async () => {
    const user = await seedUser(t.db);
    const ids = await insertTransactions(t.db, user.workspaceId, [{ accountId: user.card, amountMinor: -4_250n, day: '2026-05-03', description: 'TST* LULA CAFE', bankCategory: '5812', bankMerchantName: 'Lula Cafe' }]);
    await runSyncProcessors({ db: t.db, workspaceId: user.workspaceId, connectionId: 'c', runId: 'r', newTransactionIds: ids });
    const row = await t.db.transaction.findUniqueOrThrow({ where: { id: ids[0]! } });
    expect(row.categorySource).toBe('bank');
    // Rollups are rebuilt once, when the run finishes.
    expect(await t.db.monthlyRollup.count({ where: { workspaceId: user.workspaceId, month: '2026-05' } })).toBe(0);
    await runSyncRunFinishers({ db: t.db, workspaceId: user.workspaceId, connectionId: 'c', runId: 'r' });
    const rollup = await t.db.monthlyRollup.findMany({ where: { workspaceId: user.workspaceId, month: '2026-05' } });
    expect(rollup).toMatchObject([{ merchant: 'Lula Cafe', outflowMinor: 4_250n, outCount: 1, lastOutDay: 3 }]);
  });

  it('rebuild the months the recent-months hook totalled once the run ends, though the processor is not handed those rows again', async () => {
    // A first sync: the recent months (from 2026-09-01) are categorised and totalled early. The
    // transfer's other leg (2026-08-30, savings) is older, so it arrives with the rest of the history.
    const user = await seedUser(t.db);
    const [recentLeg] = await insertTransactions(t.db, user.workspaceId, [{ accountId: user.checking, amountMinor: -50_000n, day: '2026-09-02', description: 'ONLINE TRANSFER FROM SAV', bankTransactionType: 'TRANSFER' }]);
    expect(await runRecentMonthsHooks({ db: t.db, workspaceId: user.workspaceId, runId: 'first', accountIds: [user.checking, user.savings], start: '2026-09-01' })).toEqual(['budgeting']);
    const september = () => t.db.monthlyRollup.findMany({ where: { workspaceId: user.workspaceId, month: '2026-09' }, select: { outflowMinor: true } });
    expect(await september()).toMatchObject([{ outflowMinor: 50_000n }]);

    const [olderLeg] = await insertTransactions(t.db, user.workspaceId, [{ accountId: user.savings, amountMinor: 50_000n, day: '2026-08-30', description: 'ONLINE TRANSFER TO CHK', bankTransactionType: 'TRANSFER' }]);
    await runSyncProcessors({ db: t.db, workspaceId: user.workspaceId, connectionId: 'c', runId: 'first', newTransactionIds: [recentLeg!, olderLeg!] }, { processors: ['budgeting'], ids: new Set([recentLeg!]) });
    await runSyncRunFinishers({ db: t.db, workspaceId: user.workspaceId, connectionId: 'c', runId: 'first' });
    expect(await t.db.transaction.findUniqueOrThrow({ where: { id: recentLeg! } })).toMatchObject({ isTransfer: true });
    // Paired from the older leg's side: September no longer counts it as spending.
    expect(await september()).toEqual([]);
  });

  it('move splits (when they still add up) and tags from the pending row to the posted row', async () => {
    const user = await seedUser(t.db);
    const [pendingId, postedId] = await insertTransactions(t.db, user.workspaceId, [
      { accountId: user.card, amountMinor: -3_000n, day: '2026-05-03', description: 'SHOP', status: 'pending' },
      { accountId: user.card, amountMinor: -3_000n, day: '2026-05-05', description: 'SHOP' },
    ]);
    await t.db.transactionSplit.createMany({ data: [{ workspaceId: user.workspaceId, transactionId: pendingId!, amountMinor: -1_000n }, { workspaceId: user.workspaceId, transactionId: pendingId!, amountMinor: -2_000n }] });
    const tag = await t.db.tag.create({ data: { workspaceId: user.workspaceId, name: 'gift' } });
    await t.db.transactionTag.create({ data: { transactionId: pendingId!, tagId: tag.id, workspaceId: user.workspaceId } });
    await t.db.$transaction(async (tx) => {
      await runPendingReplacementHooks(tx, { workspaceId: user.workspaceId, accountId: user.card, pendingId: pendingId!, postedId: postedId! });
      await tx.transaction.delete({ where: { id: pendingId! } });
    });
    expect(await t.db.transactionSplit.count({ where: { transactionId: postedId! } })).toBe(2);
    expect(await t.db.transactionTag.count({ where: { transactionId: postedId!, tagId: tag.id } })).toBe(1);
  });
});
