import PgBoss from 'pg-boss';
import type { Db } from '@/lib/db';
import type { SyncConfig } from './config';
import { jitterMs, listDueConnections } from './due-connections';
import { syncConnection } from './sync-connection';
import { log } from '@/lib/log';

// With PostgreSQL, every app instance runs a pg-boss worker on the same queue. A cron job (pg-boss
// fires each schedule once across instances) looks for due connections and enqueues one job per
// connection; the "stately" policy keeps at most one queued and one running job per connection
// key, and the sync lease guards the rare overlap anyway. So work spreads over instances and no
// connection is synced twice.

export const tickQueue = 'cashlens-sync-tick';
export const syncQueue = 'cashlens-sync-connection';

type SyncJob = { connectionId: string };

export async function createSyncBoss(url: string, options: { schedule?: boolean } = {}): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss', schedule: options.schedule ?? true, supervise: true });
  boss.on('error', (error: unknown) => log.error('pg-boss error', { error }));
  await boss.start();
  await boss.createQueue(tickQueue, { name: tickQueue, policy: 'short' });
  await boss.createQueue(syncQueue, { name: syncQueue, policy: 'stately', retryLimit: 0, expireInSeconds: 6 * 3600 });
  return boss;
}

/** The tick: enqueue every due connection, spread out by jitter. Safe to run on several instances at once. */
export async function enqueueDueConnections(boss: PgBoss, db: Db, config: SyncConfig): Promise<number> {
  let queued = 0;
  for (const connectionId of await listDueConnections(db, config)) {
    const id = await boss.send(syncQueue, { connectionId } satisfies SyncJob, { singletonKey: connectionId, startAfter: Math.round(jitterMs(config) / 1000) });
    if (id) queued++;
  }
  return queued;
}

export async function startSyncWorkers(boss: PgBoss, db: Db, config: SyncConfig): Promise<void> {
  await boss.work<SyncJob>(syncQueue, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
    if (!job) return;
    await syncConnection(db, job.data.connectionId, { trigger: 'background', config });
  });
  await boss.work(tickQueue, { pollingIntervalSeconds: 10 }, async () => {
    await enqueueDueConnections(boss, db, config);
  });
}

export async function startPgBossScheduler(url: string, db: Db, config: SyncConfig): Promise<() => Promise<void>> {
  const boss = await createSyncBoss(url);
  await startSyncWorkers(boss, db, config);
  // Several ticks per interval (at most every 15 minutes) so a connection is never far past due.
  const everyMinutes = Math.max(1, Math.min(15, Math.floor(config.intervalMinutes / 4)));
  await boss.schedule(tickQueue, `*/${everyMinutes} * * * *`);
  return () => boss.stop({ graceful: true, wait: true });
}
