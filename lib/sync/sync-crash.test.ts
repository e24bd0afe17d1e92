import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncConnection } from './sync-connection';
import { linkSandboxConnection } from './test-helpers/link-sandbox-connection';
import { advanceBankClock, snapshotTransactions, startSyncWorld, bankNow, type SyncWorld } from './test-helpers/sync-fixture';

// A sync killed at any page, then run again, must end exactly where an uninterrupted sync ends.
// The reference is a second link to the same bank customer, synced without interruption.

let world: SyncWorld;
const pageLimit = 100;
const crash = new Error('simulated crash');

beforeAll(async () => {
  world = await startSyncWorld({ pageLimit, leaseMs: 2_000 });
});
afterAll(() => world?.stop());

const run = (connectionId: string, hooks = {}) => syncConnection(world.db, connectionId, { trigger: 'manual', config: world.config, now: bankNow, hooks });
// Counts committed pages across all of the connection's accounts.
const crashAfter = (page: number) => {
  let committed = 0;
  return {
    afterPage: () => {
      if (++committed === page) throw crash;
    },
  };
};

describe('crash safety', () => {
  // Seeded "random" page numbers across the first accounts' pages and the end of the pass.
  const crashPages = [1, 2, 5, 9, 17, 23];

  it.each(crashPages)('a sync aborted after page %i converges to the uninterrupted result', async (page) => {
    const reference = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'consumer', asReferenceClient: true });
    const crashed = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'consumer' });
    expect(await run(reference.connectionId)).toMatchObject({ status: 'succeeded' });

    expect(await run(crashed.connectionId, crashAfter(page))).toMatchObject({ status: 'failed' });
    const partial = await world.db.transaction.count({ where: { workspaceId: crashed.workspaceId } });
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(await world.db.transaction.count({ where: { workspaceId: reference.workspaceId } }));

    expect(await run(crashed.connectionId)).toMatchObject({ status: 'succeeded' });
    expect(await snapshotTransactions(world.db, crashed.connectionId)).toEqual(await snapshotTransactions(world.db, reference.connectionId));
    const runs = await world.db.syncRun.findMany({ where: { connectionId: crashed.connectionId }, orderBy: { startedAt: 'asc' } });
    expect(runs.map((r) => r.status)).toEqual(['failed', 'succeeded']);
  });

  it('an incremental sync aborted midway (pending rows posting meanwhile) converges too', async () => {
    const reference = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'consumer', asReferenceClient: true });
    const crashed = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'consumer' });
    await run(reference.connectionId);
    await run(crashed.connectionId);
    await advanceBankClock(world, 4);
    await run(reference.connectionId);
    expect(await run(crashed.connectionId, crashAfter(3))).toMatchObject({ status: 'failed' });
    expect(await run(crashed.connectionId)).toMatchObject({ status: 'succeeded' });
    expect(await snapshotTransactions(world.db, crashed.connectionId)).toEqual(await snapshotTransactions(world.db, reference.connectionId));
  });

  it('a sync process killed with SIGKILL mid-import converges after its lease expires', async () => {
    const reference = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'consumer', asReferenceClient: true });
    const crashed = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'consumer' });
    await run(reference.connectionId);

    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'test-helpers', 'sync-child.ts')], {
      env: { ...process.env, DATABASE_URL: world.database.url, CONNECTION_ID: crashed.connectionId, KILL_AFTER_PAGE: '7', PAGE_LIMIT: String(pageLimit), SYNC_LEASE_SECONDS: '2' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
    expect(signal).toBe('SIGKILL');
    expect(await world.db.syncRun.findFirst({ where: { connectionId: crashed.connectionId } })).toMatchObject({ status: 'running' });

    // The dead process still holds the lease: a sync now joins it, then takes over once it expires.
    await new Promise((resolve) => setTimeout(resolve, 2_200));
    expect(await run(crashed.connectionId)).toMatchObject({ status: 'succeeded' });
    expect(await snapshotTransactions(world.db, crashed.connectionId)).toEqual(await snapshotTransactions(world.db, reference.connectionId));
    const runs = await world.db.syncRun.findMany({ where: { connectionId: crashed.connectionId }, orderBy: { startedAt: 'asc' } });
    expect(runs.map((r) => r.status)).toEqual(['abandoned', 'succeeded']);
  }, 60_000);
});
