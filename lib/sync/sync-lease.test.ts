import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireSyncLease, releaseSyncLease, renewSyncLease } from './lease';
import { listDueConnections } from './due-connections';
import { closeSyncSenders } from '@/lib/jobs/pg-queue';
import { hasPendingSync } from '@/lib/jobs/sync-queue';
import { lookAtConnectionSync } from './look-at-sync';
import { getConnectionSyncStatus, listSyncRuns } from './queries';
import { beginSync, syncConnection } from './sync-connection';
import { linkSandboxConnection, type LinkedSandboxConnection } from './test-helpers/link-sandbox-connection';
import { startSyncWorld, bankNow, type SyncWorld } from './test-helpers/sync-fixture';
import { createTestPerson } from '@/lib/workspaces/test-helpers/person';

// One sync per connection at a time, across callers and processes; progress readable by its owner only.

let world: SyncWorld;
let link: LinkedSandboxConnection;

beforeAll(async () => {
  world = await startSyncWorld();
  link = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'single' });
});
afterAll(async () => {
  await closeSyncSenders();
  await world?.stop();
});

describe('one sync per connection', () => {
  it('two concurrent syncs make one run; the second joins the first', async () => {
    const [a, b] = await Promise.all([
      syncConnection(world.db, link.connectionId, { trigger: 'manual', config: world.config, now: bankNow }),
      syncConnection(world.db, link.connectionId, { trigger: 'manual', config: world.config, now: bankNow }),
    ]);
    expect(a).toMatchObject({ status: 'succeeded' });
    expect(b).toEqual(a);
    expect(await world.db.syncRun.count({ where: { connectionId: link.connectionId } })).toBe(1);
  });

  it('"Sync now" while a run holds the lease elsewhere joins that run instead of starting another', async () => {
    const foreignRun = randomUUID();
    expect(await acquireSyncLease(world.db, link.connectionId, foreignRun, 'other-instance', 60_000)).toEqual({ acquired: true });
    const start = await beginSync(world.db, link.connectionId, { trigger: 'manual', config: world.config, now: bankNow });
    expect(start).toMatchObject({ started: true, joined: true, runId: foreignRun });
    await releaseSyncLease(world.db, link.connectionId, foreignRun);
    // The joined run's lease is gone and it never recorded an end: "Sync now" resumes the connection itself.
    expect(await start.done).toMatchObject({ status: 'succeeded' });
  });

  it('a lease left by a crashed run stops blocking once it expires', async () => {
    const deadRun = randomUUID();
    await acquireSyncLease(world.db, link.connectionId, deadRun, 'crashed', 50);
    expect(await acquireSyncLease(world.db, link.connectionId, randomUUID(), 'me', 60_000)).toMatchObject({ acquired: false, runId: deadRun });
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(await renewSyncLease(world.db, link.connectionId, deadRun, 60_000)).toBe(true); // nobody took it yet
    await new Promise((resolve) => setTimeout(resolve, 10));
    await world.db.syncLease.update({ where: { connectionId: link.connectionId }, data: { expiresAt: new Date(Date.now() - 1) } });
    const outcome = await syncConnection(world.db, link.connectionId, { trigger: 'manual', config: world.config, now: bankNow });
    expect(outcome).toMatchObject({ status: 'succeeded' });
    expect(await renewSyncLease(world.db, link.connectionId, deadRun, 60_000)).toBe(false); // the dead run lost it
  });

  // A run row left "running" by a process that died: its lease is about to expire.
  async function leaveDeadRun(leaseLeftMs: number) {
    const deadRun = randomUUID();
    await acquireSyncLease(world.db, link.connectionId, deadRun, 'dead-process', leaseLeftMs);
    await world.db.syncRun.create({ data: { id: deadRun, workspaceId: link.workspaceId, connectionId: link.connectionId, trigger: 'manual', status: 'running', heartbeatAt: new Date() } });
    return deadRun;
  }

  it('the page (or its poll) marks a dead run abandoned and queues its resume at once', async () => {
    const deadRun = await leaveDeadRun(50);
    await new Promise((resolve) => setTimeout(resolve, 80));
    const status = await lookAtConnectionSync(world.db, link.workspaceId, link.connectionId, world.config);
    expect(status).toMatchObject({ queued: true, latestRun: { id: deadRun, status: 'abandoned' } });
    expect(await world.db.syncRun.findUniqueOrThrow({ where: { id: deadRun } })).toMatchObject({ status: 'abandoned', errorCode: 'interrupted' });
    expect(await hasPendingSync(world.db, link.connectionId)).toBe(true);
    // The sync worker would run it; here the test does, as the worker's job handler would.
    expect(await syncConnection(world.db, link.connectionId, { trigger: 'manual', config: world.config })).toMatchObject({ status: 'succeeded' });
  });

  it('the scheduler counts a dead run as interrupted, not as a recent attempt', async () => {
    const deadRun = await leaveDeadRun(50);
    expect(await listDueConnections(world.db, world.config)).not.toContain(link.connectionId); // alive as far as anyone knows
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(await listDueConnections(world.db, world.config)).toContain(link.connectionId);
    expect(await world.db.syncRun.findUniqueOrThrow({ where: { id: deadRun } })).toMatchObject({ status: 'abandoned' });
    expect(await syncConnection(world.db, link.connectionId, { trigger: 'resume', config: world.config })).toMatchObject({ status: 'succeeded' });
  });

  it('"Sync now" that joined a run whose process died resumes the connection when the lease runs out', async () => {
    const deadRun = await leaveDeadRun(1_000);
    const outcome = await syncConnection(world.db, link.connectionId, { trigger: 'manual', config: world.config });
    expect(outcome).toMatchObject({ status: 'succeeded' });
    expect(outcome.runId).not.toBe(deadRun);
    expect(await world.db.syncRun.findUniqueOrThrow({ where: { id: outcome.runId! } })).toMatchObject({ trigger: 'resume' });
    expect(await world.db.syncRun.findUniqueOrThrow({ where: { id: deadRun } })).toMatchObject({ status: 'abandoned' });
  });

  it('progress and history are the owner\'s only', async () => {
    const status = await getConnectionSyncStatus(world.db, link.workspaceId, link.connectionId);
    expect(status?.latestRun).toMatchObject({ status: 'succeeded', accountsDone: 1, accountsTotal: 1 });
    expect((await listSyncRuns(world.db, link.workspaceId, link.connectionId)).length).toBeGreaterThanOrEqual(2);
    const stranger = await createTestPerson(world.db, { email: `stranger-${randomUUID()}@example.test` });
    expect(await getConnectionSyncStatus(world.db, stranger.id, link.connectionId)).toBeNull();
    expect(await listSyncRuns(world.db, stranger.id, link.connectionId)).toEqual([]);
  });
});
