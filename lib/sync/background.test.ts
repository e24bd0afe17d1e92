import pg from 'pg';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSyncBoss, enqueueDueConnections, startSyncWorkers, syncQueue } from './background-pg-boss';
import { runDueSyncs } from './background-sqlite';
import { listDueConnections } from './due-connections';
import { linkSandboxConnection, type LinkedSandboxConnection } from './test-helpers/link-sandbox-connection';
import { startSyncWorld, type SyncWorld } from './test-helpers/sync-fixture';

// Background refresh: in-process on SQLite; shared through pg-boss on PostgreSQL, where two app
// instances (two pg-boss workers here) must never sync one connection twice.

let world: SyncWorld;
let links: LinkedSandboxConnection[];

beforeAll(async () => {
  world = await startSyncWorld();
  links = [];
  for (const user of ['single', 'fraud', 'consumer'] as const) links.push(await linkSandboxConnection(world.db, world.sandbox.url, { user }));
});
afterAll(() => world?.stop());

async function runsPerConnection() {
  const runs = await world.db.syncRun.findMany({ select: { connectionId: true, status: true } });
  return Object.fromEntries(links.map((link) => [link.connectionId, runs.filter((run) => run.connectionId === link.connectionId).map((run) => run.status)]));
}
const expected = (status: string[]) => Object.fromEntries(links.map((link) => [link.connectionId, status]));

describe.runIf(process.env.CASHLENS_TEST_DB !== 'postgresql')('in-process scheduler (SQLite)', () => {
  it('syncs each due connection once, then nothing is due until the interval passes', async () => {
    expect(await listDueConnections(world.db, world.config)).toHaveLength(3);
    expect(await runDueSyncs(world.db, world.config)).toBe(3);
    expect(await runsPerConnection()).toEqual(expected(['succeeded']));
    expect(await runDueSyncs(world.db, world.config)).toBe(0);
    const later = new Date(Date.now() + (world.config.intervalMinutes + 1) * 60_000);
    expect(await listDueConnections(world.db, world.config, later)).toHaveLength(3);
  }, 60_000);
});

describe.runIf(process.env.CASHLENS_TEST_DB === 'postgresql')('pg-boss workers on two app instances (PostgreSQL)', () => {
  const bosses: PgBoss[] = [];
  afterAll(async () => {
    for (const boss of bosses) await boss.stop({ graceful: false, wait: true });
  });

  it('each connection is synced exactly once, whichever instance picks it up', async () => {
    const config = { ...world.config, intervalMinutes: 1 }; // jitter ≤ 6 s
    for (let i = 0; i < 2; i++) {
      const boss = await createSyncBoss(world.database.url, { schedule: false });
      bosses.push(boss);
      await startSyncWorkers(boss, world.db, config);
    }
    // Both instances' ticks fire at the same moment.
    const queued = await Promise.all(bosses.map((boss) => enqueueDueConnections(boss, world.db, config)));
    expect(queued[0]! + queued[1]!).toBe(3);

    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const runs = await runsPerConnection();
      if (Object.values(runs).every((statuses) => statuses.length === 1 && statuses[0] !== 'running')) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // room for a duplicate to show up
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
    expect(await Promise.all(bosses.map((boss) => enqueueDueConnections(boss, world.db, config)))).toEqual([0, 0]);
  }, 90_000);
});
