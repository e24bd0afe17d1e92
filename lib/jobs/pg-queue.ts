import PgBoss from 'pg-boss';
import { databaseUrlOf, type Db } from '@/lib/db';
import type { SyncTrigger } from '@/lib/sync/runs';
import { log } from '@/lib/log';
import type { EnqueueOptions, EnqueuedSync, SyncJobRequest } from './types';

// The PostgreSQL sync queue: pg-boss, in its own schema of the app's database. Any number of web
// processes send, any number of worker processes (on any machines) work the queue. The queue's
// "short" policy keeps at most one queued job per connection (the singleton key); a running job
// does not block the next one, so a worker that died mid-sync never holds its connection up; the
// sync lease is what keeps one sync per connection (a job whose connection is already syncing
// ends at once).

export const syncQueue = 'cashlens-sync-job';
export const tickQueue = 'cashlens-sync-tick';

export async function createSyncBoss(url: string, options: { schedule?: boolean; supervise?: boolean } = {}): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss', schedule: options.schedule ?? false, supervise: options.supervise ?? false, max: 4 });
  boss.on('error', (error: unknown) => log.error('pg-boss error', { error }));
  await boss.start();
  await boss.createQueue(syncQueue, { name: syncQueue, policy: 'short', retryLimit: 0, expireInSeconds: 6 * 3600 });
  await boss.createQueue(tickQueue, { name: tickQueue, policy: 'short' });
  return boss;
}

// One sending client per database and process (the web process's enqueues), opened on first use.
const store = globalThis as typeof globalThis & { cashlensSyncSenders?: Map<string, Promise<PgBoss>> };
const senders = (store.cashlensSyncSenders ??= new Map());

function senderFor(url: string): Promise<PgBoss> {
  let boss = senders.get(url);
  if (!boss) {
    boss = createSyncBoss(url);
    boss.catch(() => senders.delete(url));
    senders.set(url, boss);
  }
  return boss;
}

/** Closes the sending clients (tests, before their database is dropped; shutdown). */
export async function closeSyncSenders(): Promise<void> {
  const all = [...senders.values()];
  senders.clear();
  await Promise.all(all.map(async (boss) => (await boss.catch(() => null))?.stop({ graceful: false, wait: true })));
}

export async function enqueuePgSync(db: Db, connectionId: string, trigger: SyncTrigger, options: EnqueueOptions = {}, tries = 3): Promise<EnqueuedSync> {
  const boss = await senderFor(databaseUrlOf(db));
  const startAfter = options.delayMs ? new Date((options.now ?? new Date()).getTime() + options.delayMs) : undefined;
  const id = await boss.send(syncQueue, { connectionId, trigger } satisfies SyncJobRequest, { singletonKey: connectionId, ...(startAfter ? { startAfter } : {}) });
  if (id) return { jobId: id, existing: false };
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT "id"::text AS "id" FROM "pgboss"."job" WHERE "name" = $1 AND "singleton_key" = $2 AND "state" IN ('created', 'retry') LIMIT 1`,
    syncQueue,
    connectionId,
  );
  if (rows[0]) return { jobId: rows[0].id, existing: true };
  // Fetched by a worker between the two statements: send again.
  if (tries > 1) return enqueuePgSync(db, connectionId, trigger, options, tries - 1);
  throw new Error('could not queue the sync');
}

export async function hasPendingPgSync(db: Db, connectionId: string): Promise<boolean> {
  try {
    const rows = await db.$queryRawUnsafe<unknown[]>(
      `SELECT 1 FROM "pgboss"."job" WHERE "name" = $1 AND "singleton_key" = $2 AND "state" IN ('created', 'retry', 'active') LIMIT 1`,
      syncQueue,
      connectionId,
    );
    return rows.length > 0;
  } catch {
    return false; // no queue yet: nothing was ever queued
  }
}
