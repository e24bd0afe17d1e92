import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { breakerStatus, resetCircuitBreakers } from '@/lib/bank/resilient-fetch';
import { adminRequest, cashlensClient } from '@/sandbox/test-helpers/sandbox-fixture';
import { listDueConnections } from './due-connections';
import { getConnectionSyncStatus } from './queries';
import { describeSyncStatus } from './status-view';
import { syncConnection } from './sync-connection';
import { linkSandboxConnection, type LinkedSandboxConnection } from './test-helpers/link-sandbox-connection';
import { accessTokenOf, advanceBankClock, armFault, readBankState, snapshotTransactions, startSyncWorld, bankNow, type SyncWorld } from './test-helpers/sync-fixture';

// The bank misbehaving, through the sandbox's real fault switches over HTTP.

let world: SyncWorld;
let link: LinkedSandboxConnection;

beforeAll(async () => {
  world = await startSyncWorld({ pageLimit: 200 });
  link = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'single' });
});
afterAll(() => world?.stop());
beforeEach(async () => {
  await adminRequest(world.sandbox.url, 'DELETE', '/faults');
  resetCircuitBreakers();
  // Each test starts without a back-off remembered from the one before.
  await world.db.syncRun.updateMany({ data: { retryAt: null } });
});

const sync = () => syncConnection(world.db, link.connectionId, { trigger: 'manual', config: world.config, now: bankNow });

async function expectEqualsBank() {
  const bank = await readBankState(world.sandbox.url, await accessTokenOf(world.db, link.connectionId));
  const rows = await snapshotTransactions(world.db, link.connectionId);
  expect(new Map(rows.map((row) => [`${row.bankAccountId}/${row.bankTransactionId}`, { status: row.status, amountMinor: row.amountMinor }]))).toEqual(bank.transactions);
}

// Counts requests to the bank without changing them.
function countBankRequests() {
  const realFetch = globalThis.fetch;
  const calls: string[] = [];
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.startsWith(world.sandbox.url)) calls.push(url);
    return realFetch(input, init);
  });
  return { calls, restore: () => spy.mockRestore() };
}

describe('bank faults', () => {
  it('survives a repeated page without losing the page it replaced', async () => {
    await armFault(world, { kind: 'repeat_page', count: 3 });
    expect(await sync()).toMatchObject({ status: 'succeeded' });
    await expectEqualsBank();
  });

  it('refuses a stale first page from another window and asks again', async () => {
    expect(await sync()).toMatchObject({ status: 'succeeded' });
    await advanceBankClock(world, 20);
    expect(await sync()).toMatchObject({ status: 'succeeded' }); // the pages the fault will replay
    await advanceBankClock(world, 20);
    // The first page of the next pass repeats the last page served, from the previous window.
    await armFault(world, { kind: 'repeat_page', count: 1 });
    expect(await sync()).toMatchObject({ status: 'succeeded' });
    await expectEqualsBank();
  });

  it('waits out a 429 Retry-After and carries on', async () => {
    await armFault(world, { kind: 'rate_limit', count: 1, retryAfterSeconds: 1 });
    const started = Date.now();
    expect(await sync()).toMatchObject({ status: 'succeeded' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
  });

  it('a malformed page fails the run and applies nothing from it', async () => {
    await advanceBankClock(world, 2);
    const before = await snapshotTransactions(world.db, link.connectionId);
    const cursorBefore = await world.db.syncCursor.findMany({ select: { accountId: true, syncedThrough: true } });
    await armFault(world, { kind: 'malformed_page', variant: 'invalid_shape' });
    const outcome = await sync();
    expect(outcome).toMatchObject({ status: 'failed', errorCode: 'malformed' });
    // Plain language for the user: no routes, ids or parser output (those are logged).
    expect((outcome as { error: string }).error).not.toMatch(/\/accounts|acc-|Invalid input|expected/);
    expect(await snapshotTransactions(world.db, link.connectionId)).toEqual(before);
    expect(await world.db.syncCursor.findMany({ select: { accountId: true, syncedThrough: true } })).toEqual(cursorBefore);
    // Once the bank behaves, the next sync completes the same window.
    expect(await sync()).toMatchObject({ status: 'succeeded' });
    await expectEqualsBank();
  });

  it('a 503 storm opens the circuit breaker: "bank unavailable", and no more calls', async () => {
    await armFault(world, { kind: 'error_burst', status: 503, count: 1000 });
    const first = await sync();
    expect(first).toMatchObject({ status: 'failed' });
    const second = await sync();
    expect(second).toMatchObject({ status: 'failed', errorCode: 'bank_unavailable' });
    expect(breakerStatus('bank:chase')).toBe('open');

    // The back-off is remembered on the connection: "Sync now" does not call the bank before it ends.
    const counter = countBankRequests();
    try {
      expect(await sync()).toMatchObject({ status: 'skipped', reason: 'backing_off' });
    } finally {
      counter.restore();
    }
    expect(counter.calls).toEqual([]);
    const runs = await world.db.syncRun.findMany({ where: { connectionId: link.connectionId, status: 'failed' }, orderBy: { startedAt: 'desc' }, take: 1 });
    expect(runs[0]).toMatchObject({ errorCode: 'bank_unavailable', error: expect.stringContaining('not answering') });
    expect(runs[0]!.retryAt!.getTime()).toBeGreaterThan(Date.now());
  }, 30_000);

  it('remembers a Retry-After above the in-line cap: no call before it, a retry scheduled at it, shown to the user', async () => {
    await armFault(world, { kind: 'rate_limit', count: 1, retryAfterSeconds: 600 });
    const before = Date.now();
    const outcome = await sync();
    expect(outcome).toMatchObject({ status: 'failed', errorCode: 'bank_unavailable' });
    const retryAt = (outcome as { retryAt: Date }).retryAt;
    expect(retryAt.getTime() - before).toBeGreaterThanOrEqual(600_000);

    const counter = countBankRequests();
    try {
      expect(await sync()).toMatchObject({ status: 'skipped', reason: 'backing_off' });
    } finally {
      counter.restore();
    }
    expect(counter.calls).toEqual([]);
    expect(await listDueConnections(world.db, world.config)).not.toContain(link.connectionId);
    expect(await listDueConnections(world.db, world.config, new Date(retryAt.getTime() + 1_000))).toContain(link.connectionId);
    const status = await getConnectionSyncStatus(world.db, link.workspaceId, link.connectionId, world.config);
    expect(describeSyncStatus(status, () => 'at ten')).toMatchObject({ state: 'failed', text: 'The bank asked us to wait before syncing again; we will try again automatically. Next try: at ten.' });
  });

  it('revoked consent: reconnect needed after the FDX 401 and one refused refresh, no retries', async () => {
    // The user ends the link at the bank (RFC 7009 revocation of the refresh token).
    const connection = await world.db.bankConnection.findUniqueOrThrow({ where: { id: link.connectionId } });
    const { openRefreshToken } = await import('@/lib/bank/connection-tokens');
    const revoke = await fetch(`${world.sandbox.url}/aggregator-oauth/v1/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${cashlensClient.clientId}:${cashlensClient.clientSecret}`).toString('base64')}` },
      body: new URLSearchParams({ token: openRefreshToken(connection)!, token_type_hint: 'refresh_token' }).toString(),
    });
    expect(revoke.status).toBe(200);

    const counter = countBankRequests();
    let outcome;
    try {
      outcome = await sync();
    } finally {
      counter.restore();
    }
    expect(outcome).toMatchObject({ status: 'failed', errorCode: 'reconnect_needed' });
    expect(counter.calls.map((url) => new URL(url).pathname.split('/').at(-1))).toEqual(['accounts', 'token']);
    expect(await world.db.bankConnection.findUniqueOrThrow({ where: { id: link.connectionId } })).toMatchObject({ status: 'reconnect_needed' });
    // "Sync now" on it does not call the bank at all.
    expect(await sync()).toMatchObject({ status: 'skipped', reason: 'not_active' });
  });
});
