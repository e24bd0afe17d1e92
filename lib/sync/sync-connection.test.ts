import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser, expectPage } from '../../sandbox/test-helpers/browser';
import { syncConnection } from './sync-connection';
import { linkSandboxConnection, type LinkedSandboxConnection } from './test-helpers/link-sandbox-connection';
import { accessTokenOf, advanceBankClock, readBankState, snapshotTransactions, startSyncWorld, bankNow, type SyncWorld } from './test-helpers/sync-fixture';

// The whole path against the real sandbox over HTTP and a real database: first sync, a repeat,
// an incremental sync after the bank's clock moves, and the result compared with the bank's API.

let world: SyncWorld;
let link: LinkedSandboxConnection;

beforeAll(async () => {
  world = await startSyncWorld();
  link = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'consumer' });
});
afterAll(() => world?.stop());

const sync = () => syncConnection(world.db, link.connectionId, { trigger: 'manual', config: world.config, now: bankNow });

async function expectDatabaseEqualsBank() {
  const bank = await readBankState(world.sandbox.url, await accessTokenOf(world.db, link.connectionId));
  const rows = await snapshotTransactions(world.db, link.connectionId);
  const ours = new Map(rows.map((row) => [`${row.bankAccountId}/${row.bankTransactionId}`, { status: row.status, amountMinor: row.amountMinor }]));
  expect(ours.size).toBe(bank.transactions.size);
  expect(Object.fromEntries(ours)).toEqual(Object.fromEntries(bank.transactions));
  const accounts = await world.db.bankAccount.findMany({ where: { connectionId: link.connectionId } });
  for (const account of accounts) {
    expect({ current: account.currentBalanceMinor, available: account.availableBalanceMinor }).toEqual(bank.balances.get(account.bankAccountId));
  }
}

describe('syncConnection against the sandbox bank', () => {
  it('imports the full history of every shared account, equal to the bank to the cent', async () => {
    const outcome = await sync();
    expect(outcome).toMatchObject({ status: 'succeeded' });
    await expectDatabaseEqualsBank();
    const run = await world.db.syncRun.findFirstOrThrow({ where: { connectionId: link.connectionId } });
    const count = await world.db.transaction.count({ where: { workspaceId: link.workspaceId } });
    expect(count).toBeGreaterThan(1000);
    expect(run).toMatchObject({ status: 'succeeded', trigger: 'manual', accountsTotal: 5, accountsDone: 5, addedCount: count, removedCount: 0 });
    expect(run.finishedAt).not.toBeNull();
    expect(await world.db.balanceSnapshot.count({ where: { account: { connectionId: link.connectionId } } })).toBe(5);
  });

  it('running the same sync again leaves every row identical', async () => {
    const before = await snapshotTransactions(world.db, link.connectionId);
    const updatedBefore = await world.db.transaction.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: 'asc' } });
    const outcome = await sync();
    expect(outcome).toMatchObject({ status: 'succeeded' });
    expect(await snapshotTransactions(world.db, link.connectionId)).toEqual(before);
    // Nothing changed at the bank, so nothing was rewritten.
    expect(await world.db.transaction.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: 'asc' } })).toEqual(updatedBefore);
    const run = await world.db.syncRun.findFirstOrThrow({ where: { id: (outcome as { runId: string }).runId } });
    expect(run).toMatchObject({ addedCount: 0, changedCount: 0, removedCount: 0 });
  });

  it('an incremental sync after the bank moves on re-reads only a recent window and ends equal to the bank', async () => {
    await advanceBankClock(world, 3);
    const outcome = await sync();
    expect(outcome).toMatchObject({ status: 'succeeded' });
    await expectDatabaseEqualsBank();
    const run = await world.db.syncRun.findFirstOrThrow({ where: { id: (outcome as { runId: string }).runId } });
    expect(run.transactionsImported).toBeLessThan(400); // a window of days, not three years
    expect(run.addedCount).toBeGreaterThan(0);
    const cursors = await world.db.syncCursor.findMany({ where: { connectionId: link.connectionId } });
    expect(cursors.every((cursor) => cursor.passId === null && cursor.syncedThrough !== null)).toBe(true);
    expect(await world.db.balanceSnapshot.count({ where: { account: { connectionId: link.connectionId } } })).toBe(15);
  });

  it('an account the customer stops sharing in the Security Center is marked, not deleted, and its history stays', async () => {
    const browser = new TestBrowser(world.sandbox.url);
    const signIn = expectPage(await browser.get('/security-center?client_id=cashlens-local'));
    const center = expectPage(await browser.submit(signIn, { action: '/sign-in', set: { username: 'consumer', password: 'sandbox-consumer' } }));
    const keep = ['acc-rivera-checking', 'acc-rivera-card'];
    expectPage(await browser.submit(center, { action: /\/accounts/, button: 'Save shared accounts', set: { accountId: keep } }));
    const before = await world.db.transaction.count({ where: { workspaceId: link.workspaceId } });

    expect(await sync()).toMatchObject({ status: 'succeeded' });
    const accounts = await world.db.bankAccount.findMany({ where: { connectionId: link.connectionId }, select: { bankAccountId: true, sharing: true } });
    expect(Object.fromEntries(accounts.map((a) => [a.bankAccountId, a.sharing]))).toEqual({
      'acc-rivera-checking': 'shared',
      'acc-rivera-card': 'shared',
      'acc-rivera-savings': 'not_shared',
      'acc-rivera-mortgage': 'not_shared',
      'acc-rivera-brokerage': 'not_shared',
    });
    expect(await world.db.transaction.count({ where: { workspaceId: link.workspaceId } })).toBeGreaterThanOrEqual(before);
  });
});
