import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, parseIsoDay } from '@/lib/dates';
import { syncConnection } from './sync-connection';
import { linkSandboxConnection, type LinkedSandboxConnection } from './test-helpers/link-sandbox-connection';
import { listScenarioDays } from '@/sandbox/data/scenario-days';
import { advanceBankClock, bankNow, setBankClock, startSyncWorld, type SyncWorld } from './test-helpers/sync-fixture';

// Pending card charges post days later under a new id, sometimes for another amount; holds vanish.
// The user's edits follow the charge; the bank never overwrites them.

let world: SyncWorld;
let link: LinkedSandboxConnection;

beforeAll(async () => {
  world = await startSyncWorld();
  // A day on which a card charge is pending that will post for another amount (a tip): by construction.
  const [tipDay] = listScenarioDays('amount_changed_on_posting', '2026-06-01', '2026-12-31');
  await setBankClock(world, `${tipDay!.day}T20:00:00Z`);
  link = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'consumer' });
  expect(await sync()).toMatchObject({ status: 'succeeded' });
});
afterAll(() => world?.stop());

const sync = () => syncConnection(world.db, link.connectionId, { trigger: 'manual', config: world.config, now: bankNow });
// The bank's today (its clock moves in these tests): the watermark of the last completed pass.
const bankToday = async () => {
  const cursor = await world.db.syncCursor.findFirstOrThrow({ where: { connectionId: link.connectionId } });
  if (!cursor.syncedThrough) throw new Error('no completed sync pass yet');
  return parseIsoDay(cursor.syncedThrough);
};

describe('pending → posted', () => {
  it('links each posted charge to its pending one, carrying the user category and notes, even when the amount changed', async () => {
    const pending = await world.db.transaction.findMany({ where: { workspaceId: link.workspaceId, status: 'pending' } });
    expect(pending.length).toBeGreaterThan(3);
    for (const row of pending) {
      await world.db.transaction.update({ where: { id: row.id }, data: { categoryId: `cat-${row.bankTransactionId}`, categorySource: 'user', notes: 'split with Sam', merchantName: 'My cafe', userEditedAt: new Date() } });
    }
    await advanceBankClock(world, 6); // every pending charge has posted or vanished by now
    expect(await sync()).toMatchObject({ status: 'succeeded' });

    const stillThere = await world.db.transaction.findMany({ where: { id: { in: pending.map((row) => row.id) } } });
    expect(stillThere).toEqual([]);
    const posted = await world.db.transaction.findMany({ where: { workspaceId: link.workspaceId, replacedPendingBankId: { in: pending.map((row) => row.bankTransactionId) } } });
    expect(posted.length).toBeGreaterThan(0);
    for (const row of posted) {
      const before = pending.find((p) => p.bankTransactionId === row.replacedPendingBankId)!;
      expect(row).toMatchObject({ status: 'posted', accountId: before.accountId, categoryId: `cat-${before.bankTransactionId}`, categorySource: 'user', notes: 'split with Sam', merchantName: 'My cafe' });
    }
    // Tips are added when a restaurant charge posts; at least one link crossed an amount change.
    const amountChanged = posted.filter((row) => row.amountMinor !== pending.find((p) => p.bankTransactionId === row.replacedPendingBankId)!.amountMinor);
    expect(amountChanged.length).toBeGreaterThan(0);
  });

  it('removes a pending hold the bank stopped listing', async () => {
    const account = await world.db.bankAccount.findFirstOrThrow({ where: { connectionId: link.connectionId, accountType: 'CREDITCARD' } });
    const hold = await world.db.transaction.create({
      data: { id: randomUUID(), workspaceId: link.workspaceId, accountId: account.id, bankTransactionId: `hold-${randomUUID()}`, status: 'pending', amountMinor: -15_000n, bookedOn: addDays(await bankToday(), -2), description: 'HOTEL INCIDENTALS HOLD', categoryId: 'travel', categorySource: 'user' },
    });
    const outcome = await sync();
    expect(await world.db.transaction.findUnique({ where: { id: hold.id } })).toBeNull();
    const run = await world.db.syncRun.findUniqueOrThrow({ where: { id: (outcome as { runId: string }).runId } });
    expect(run.removedCount).toBeGreaterThanOrEqual(1);
  });

  it('removes a posted row missing from the bank only after two consecutive syncs', async () => {
    const account = await world.db.bankAccount.findFirstOrThrow({ where: { connectionId: link.connectionId, accountType: 'CHECKING' } });
    const ghost = await world.db.transaction.create({
      data: { id: randomUUID(), workspaceId: link.workspaceId, accountId: account.id, bankTransactionId: `ghost-${randomUUID()}`, status: 'posted', amountMinor: -999n, bookedOn: addDays(await bankToday(), -3), description: 'GONE' },
    });
    await sync();
    expect(await world.db.transaction.findUnique({ where: { id: ghost.id } })).toMatchObject({ missingCount: 1 });
    await sync();
    expect(await world.db.transaction.findUnique({ where: { id: ghost.id } })).toBeNull();
  });

  it('never overwrites the user edits when the bank changes a row', async () => {
    const row = await world.db.transaction.findFirstOrThrow({ where: { workspaceId: link.workspaceId, status: 'posted' }, orderBy: { bookedOn: 'desc' } });
    // Pretend the bank described it differently last time: the next sync rewrites bank fields only.
    await world.db.transaction.update({ where: { id: row.id }, data: { description: 'STALE TEXT', amountMinor: row.amountMinor + 1n, categoryId: 'groceries', categorySource: 'user', notes: 'keep me', merchantName: 'Corner shop', isTransfer: true } });
    const outcome = await sync();
    const after = await world.db.transaction.findUniqueOrThrow({ where: { id: row.id } });
    expect(after).toMatchObject({ description: row.description, amountMinor: row.amountMinor, categoryId: 'groceries', categorySource: 'user', notes: 'keep me', merchantName: 'Corner shop', isTransfer: true });
    const run = await world.db.syncRun.findUniqueOrThrow({ where: { id: (outcome as { runId: string }).runId } });
    expect(run.changedCount).toBeGreaterThanOrEqual(1);
  });
});
