import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDueConnections } from '@/lib/sync/due-connections';
import { linkSandboxConnection, type LinkedSandboxConnection } from '@/lib/sync/test-helpers/link-sandbox-connection';
import { startSyncWorld, type SyncWorld } from '@/lib/sync/test-helpers/sync-fixture';
import { closeSyncSenders, syncQueue } from './pg-queue';
import { claimSqliteSyncJob, enqueueSqliteSync } from './sqlite-queue';
import { enqueueSync, hasPendingSync } from './sync-queue';
import { enqueueDueConnections, startSyncWorker } from './sync-worker';

// The sync queue and its workers. SQLite: one worker claims SyncJob rows; PostgreSQL: pg-boss,
// here two workers (two machines) on one queue, which must never sync one connection twice.

let world: SyncWorld;
let links: LinkedSandboxConnection[];

beforeAll(async () => {
  world = await startSyncWorld();
  links = [];
  for (const user of ['single', 'fraud', 'consumer'] as const) links.push(await linkSandboxConnection(world.db, world.sandbox.url, { user }));
}, 60_000);
afterAll(async () => {
  await closeSyncSenders();
  await world?.stop();
});

async function runsPerConnection() {
  const runs = await world.db.syncRun.findMany({ select: { connectionId: true, status: true } });
  return Object.fromEntries(links.map((link) => [link.connectionId, runs.filter((run) => run.connectionId === link.connectionId).map((run) => run.status)]));
}
const expected = (status: string[]) => Object.fromEntries(links.map((link) => [link.connectionId, status]));

async function waitUntilSettled(timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const runs = await runsPerConnection();
    const pending = await Promise.all(links.map((link) => hasPendingSync(world.db, link.connectionId)));
    if (Object.values(runs).every((statuses) => statuses.length >= 1 && !statuses.includes('running')) && !pending.includes(true)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the workers did not finish in time');
}

describe.runIf(process.env.CASHLENS_TEST_DB !== 'postgresql')('SQLite queue', () => {
  it('enqueueing a connection that already has a queued job returns that job', async () => {
    const [link] = links;
    const first = await enqueueSync(world.db, link!.connectionId, 'manual');
    const again = await enqueueSync(world.db, link!.connectionId, 'background');
    expect(first.existing).toBe(false);
    expect(again).toEqual({ jobId: first.jobId, existing: true });
    expect(await hasPendingSync(world.db, link!.connectionId)).toBe(true);
    await world.db.syncJob.deleteMany({});
  });

  it('a job is claimed once, a dead claim is taken over, and a connection with a live claim waits', async () => {
    const connectionId = links[0]!.connectionId;
    const job = await enqueueSqliteSync(world.db, connectionId, 'manual');
    const claims = await Promise.all([claimSqliteSyncJob(world.db, 'a', 60_000), claimSqliteSyncJob(world.db, 'b', 60_000)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(claims.find(Boolean)).toMatchObject({ id: job.jobId, connectionId, trigger: 'manual', attempts: 1 });
    // A second job for the same connection waits while the first is held…
    const second = await enqueueSqliteSync(world.db, connectionId, 'manual');
    expect(second.existing).toBe(false);
    expect(await claimSqliteSyncJob(world.db, 'c', 60_000)).toBeNull();
    // …and a claim that ran out (its worker died) is taken over.
    const later = new Date(Date.now() + 61_000);
    const takenOver = await claimSqliteSyncJob(world.db, 'c', 60_000, later);
    expect(takenOver).toMatchObject({ id: job.jobId, attempts: 2 });
    await world.db.syncJob.deleteMany({});
  });

  it('the worker syncs each due connection once; a second tick queues nothing', async () => {
    expect(await listDueConnections(world.db, world.config)).toHaveLength(3);
    expect(await enqueueDueConnections(world.db, { ...world.config, intervalMinutes: 1 })).toBe(3);
    expect(await enqueueDueConnections(world.db, world.config)).toBe(0); // already queued
    const stop = await startSyncWorker({ db: world.db, url: world.database.url, config: { ...world.config, background: false }, pollMs: 50, workerId: 'test-worker' });
    try {
      await waitUntilSettled(60_000);
    } finally {
      await stop();
    }
    expect(await runsPerConnection()).toEqual(expected(['succeeded']));
    expect(await world.db.syncJob.findMany({ select: { status: true, error: true } })).toEqual(Array.from({ length: 3 }, () => ({ status: 'done', error: 'succeeded' })));
    expect(await enqueueDueConnections(world.db, world.config)).toBe(0);
  }, 90_000);
});

describe.runIf(process.env.CASHLENS_TEST_DB === 'postgresql')('pg-boss workers on two machines (PostgreSQL)', () => {
  it('each connection is synced exactly once, whichever worker picks it up', async () => {
    const config = { ...world.config, intervalMinutes: 1, background: false, workerConcurrency: 2 }; // jitter ≤ 6 s
    // Both workers' ticks fire at the same moment: each connection is queued once.
    const queued = await Promise.all([enqueueDueConnections(world.db, config), enqueueDueConnections(world.db, config)]);
    expect(queued[0]! + queued[1]!).toBe(3);
    const stops = await Promise.all(['w1', 'w2'].map((workerId) => startSyncWorker({ db: world.db, url: world.database.url, config, workerId })));
    try {
      await waitUntilSettled(60_000);
      await new Promise((resolve) => setTimeout(resolve, 3_000)); // room for a duplicate to show up
    } finally {
      await Promise.all(stops.map((stop) => stop()));
    }
    expect(await runsPerConnection()).toEqual(expected(['succeeded']));

    const client = new pg.Client({ connectionString: world.database.url });
    await client.connect();
    try {
      const jobs = await client.query<{ key: string; n: string }>(`SELECT singleton_key AS key, count(*) AS n FROM pgboss.job WHERE name = $1 GROUP BY singleton_key`, [syncQueue]);
      expect(Object.fromEntries(jobs.rows.map((row) => [row.key, Number(row.n)]))).toEqual(Object.fromEntries(links.map((link) => [link.connectionId, 1])));
    } finally {
      await client.end();
    }
    // Nothing is due any more, so a second round of ticks queues nothing.
    expect(await Promise.all([enqueueDueConnections(world.db, config), enqueueDueConnections(world.db, config)])).toEqual([0, 0]);
  }, 120_000);
});
