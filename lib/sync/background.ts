import type { SyncWorkerOptions } from '@/lib/jobs/sync-worker';
import { stopSyncs } from './sync-connection';
import { log } from '@/lib/log';

// The process that runs syncs: the sync worker (scripts/worker.ts, lib/jobs/sync-worker.ts), or
// the web process itself with SYNC_IN_WEB=on (development). It works the sync queue, queues the
// background refresh (SYNC_INTERVAL_MINUTES, default 360; SYNC_BACKGROUND=off turns the refresh
// off) and resumes interrupted syncs (recovery.ts). Started once per process.

const store = globalThis as typeof globalThis & { cashlensBackgroundSync?: Promise<() => Promise<void>> };

export function startBackgroundSync(options: SyncWorkerOptions = {}): Promise<() => Promise<void>> {
  store.cashlensBackgroundSync ??= import('@/lib/jobs/sync-worker').then(({ startSyncWorker }) => startSyncWorker(options));
  return store.cashlensBackgroundSync;
}

/**
 * Graceful shutdown of the process that syncs: stop background work, let each running sync commit
 * its current page and release its lease (recorded as interrupted, resumed by the next process),
 * then exit 0. Within `timeoutMs` whatever happens; a run still writing then is recovered like a
 * crashed one. Installed once per process.
 */
export function installSyncShutdownHandlers(options: { timeoutMs?: number; exit?: (code: number) => void } = {}): void {
  const flags = globalThis as typeof globalThis & { cashlensSyncShutdownInstalled?: boolean };
  if (flags.cashlensSyncShutdownInstalled) return;
  flags.cashlensSyncShutdownInstalled = true;
  const timeoutMs = options.timeoutMs ?? 5_000;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let shuttingDown = false;
  const shutDown = async (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info('stopping sync work', { signal });
    const stopBackground = store.cashlensBackgroundSync;
    const work = Promise.all([stopSyncs(timeoutMs), stopBackground?.then((stop) => stop())]);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([work.catch((error: unknown) => log.error('stopping sync work failed', { error })), new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs + 1_000)))]);
    clearTimeout(timer);
    exit(0);
  };
  process.once('SIGTERM', (signal) => void shutDown(signal));
  process.once('SIGINT', (signal) => void shutDown(signal));
}
