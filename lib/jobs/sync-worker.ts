import os from 'node:os';
import { getDb, type Db } from '@/lib/db';
import { getDatabaseProvider, getDatabaseUrl } from '@/lib/db/database-url';
import { getSyncConfig, type SyncConfig } from '@/lib/sync/config';
import { leaseHoldMs, leaseRenewMs } from '@/lib/sync/dead-runs';
import { jitterMs, listDueConnections } from '@/lib/sync/due-connections';
import { startRecoveryWatch } from '@/lib/sync/recovery';
import type { SyncTrigger } from '@/lib/sync/runs';
import { log } from '@/lib/log';
import { createSyncBoss, syncQueue, tickQueue } from './pg-queue';
import { runSyncJob } from './run-sync-job';
import { claimSqliteSyncJob, finishSqliteSyncJob, pruneSqliteSyncJobs, releaseSqliteSyncJob, renewSqliteClaims, type ClaimedSyncJob } from './sqlite-queue';
import { enqueueSync, hasPendingSync } from './sync-queue';
import type { SyncJobRequest } from './types';

// The sync worker: the process that runs syncs (scripts/worker.ts; inside the web process only
// with SYNC_IN_WEB=on). It works the queue (up to SYNC_WORKER_CONCURRENCY syncs at once), queues
// the background refresh of due connections, and queues the resume of interrupted runs (the
// recovery watch). Web processes only enqueue and read SyncRun rows.

export type SyncWorkerOptions = { db?: Db; url?: string; config?: SyncConfig; workerId?: string; pollMs?: number };

export async function startSyncWorker(options: SyncWorkerOptions = {}): Promise<() => Promise<void>> {
  const db = options.db ?? getDb();
  const url = options.url ?? getDatabaseUrl();
  const config = options.config ?? getSyncConfig();
  const workerId = options.workerId ?? `${os.hostname()}:${process.pid}`;
  const postgres = getDatabaseProvider(url) === 'postgresql';
  // SQLite: one sync at a time. Writes serialise on the file anyway, and two syncs in one process
  // would interleave an async Prisma transaction with a synchronous better-sqlite3 write waiting
  // for that very lock (blocking the event loop the transaction needs), stalling both for the
  // busy timeout and every web write behind them.
  const stopConsumer = postgres ? await startPgConsumer(db, url, config) : startSqliteConsumer(db, { ...config, workerConcurrency: 1 }, workerId, options.pollMs ?? 500);
  const stopScheduler = config.background && !postgres ? startSqliteScheduler(db, config) : async () => {};
  // Resumes are queued like any other sync: whichever worker is free runs them.
  const stopWatch = startRecoveryWatch(db, config, (connectionId, trigger) => enqueueUnlessPending(db, connectionId, trigger));
  log.info('sync worker started', { workerId, provider: postgres ? 'postgresql' : 'sqlite', concurrency: postgres ? config.workerConcurrency : 1 });
  return async () => {
    await stopWatch();
    await stopScheduler();
    await stopConsumer();
  };
}

async function enqueueUnlessPending(db: Db, connectionId: string, trigger: SyncTrigger, delayMs = 0): Promise<boolean> {
  if (await hasPendingSync(db, connectionId)) return false;
  return !(await enqueueSync(db, connectionId, trigger, { delayMs })).existing;
}

/** The refresh tick: queues every due connection (start spread by jitter); returns how many were queued. */
export async function enqueueDueConnections(db: Db, config: SyncConfig): Promise<number> {
  let queued = 0;
  for (const connectionId of await listDueConnections(db, config)) {
    if (await enqueueUnlessPending(db, connectionId, 'background', jitterMs(config))) queued++;
  }
  return queued;
}

// ── SQLite: one worker process claims SyncJob rows.

function startSqliteConsumer(db: Db, config: SyncConfig, workerId: string, pollMs: number): () => Promise<void> {
  const claimMs = leaseHoldMs(config);
  const running = new Map<string, Promise<void>>();
  let stopped = false;
  let wake: (() => void) | undefined;
  const renew = setInterval(() => {
    renewSqliteClaims(db, workerId, [...running.keys()], claimMs).catch((error: unknown) => log.warn('renewing sync job claims failed', { error }));
  }, leaseRenewMs(config));
  renew.unref();

  const handle = async (job: ClaimedSyncJob) => {
    try {
      const result = await runSyncJob(db, job, config);
      if (result.handled) await finishSqliteSyncJob(db, job.id, { ok: true, note: result.outcome });
      else await releaseSqliteSyncJob(db, job.id);
    } catch (error) {
      log.error('sync job failed', { jobId: job.id, connectionId: job.connectionId, error });
      await finishSqliteSyncJob(db, job.id, { ok: false, note: error instanceof Error ? error.message : String(error) }).catch(() => {});
    }
  };

  const loop = async () => {
    while (!stopped) {
      if (running.size >= config.workerConcurrency) {
        await Promise.race(running.values());
        continue;
      }
      const job = await claimSqliteSyncJob(db, workerId, claimMs).catch((error: unknown) => {
        log.error('claiming a sync job failed', { error });
        return null;
      });
      if (job) {
        running.set(job.id, handle(job).finally(() => running.delete(job.id)));
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  };
  const looping = loop();
  return async () => {
    stopped = true;
    wake?.();
    await looping;
    await Promise.all(running.values());
    clearInterval(renew);
  };
}

function startSqliteScheduler(db: Db, config: SyncConfig): () => Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  // Ticks come a few times per interval so a connection is never more than a fraction late.
  const tickMs = Math.max(60_000, Math.min(config.intervalMinutes * 60_000, 15 * 60_000));
  const tick = async () => {
    await enqueueDueConnections(db, config);
    await pruneSqliteSyncJobs(db, 24 * 3600_000);
  };
  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick()
        .catch((error: unknown) => log.error('background sync tick failed', { error }))
        .finally(() => schedule(tickMs));
    }, delay);
    timer.unref();
  };
  schedule(5_000);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}

// ── PostgreSQL: pg-boss; any number of workers on any number of machines.

async function startPgConsumer(db: Db, url: string, config: SyncConfig): Promise<() => Promise<void>> {
  const boss = await createSyncBoss(url, { schedule: config.background, supervise: true });
  // pg-boss 10 runs one job at a time per work() call: one call per concurrent sync.
  for (let slot = 0; slot < config.workerConcurrency; slot++) {
    await boss.work<SyncJobRequest>(syncQueue, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
      if (!job) return;
      const result = await runSyncJob(db, job.data, config);
      // Stopping before the sync began: queue it again for the next worker.
      if (!result.handled) await enqueueSync(db, job.data.connectionId, job.data.trigger);
    });
  }
  if (config.background) {
    await boss.work(tickQueue, { pollingIntervalSeconds: 10 }, async () => {
      await enqueueDueConnections(db, config);
    });
    // pg-boss fires a schedule once across all workers. Several ticks per interval (at most every
    // 15 minutes) so a connection is never far past due.
    const everyMinutes = Math.max(1, Math.min(15, Math.floor(config.intervalMinutes / 4)));
    await boss.schedule(tickQueue, `*/${everyMinutes} * * * *`);
  }
  return () => boss.stop({ graceful: true, wait: true, timeout: 10_000 });
}
