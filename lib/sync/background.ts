import { getDb, type Db } from '@/lib/db';
import { getDatabaseProvider, getDatabaseUrl } from '@/lib/db/database-url';
import { getSyncConfig, type SyncConfig } from './config';
import { startRecoveryWatch } from './recovery';
import { stopSyncs } from './sync-connection';
import { log } from '@/lib/log';

// Background refresh, started once per server process from instrumentation.ts after migrations.
// SYNC_INTERVAL_MINUTES (default 360) sets how often each connection is refreshed, with jitter;
// SYNC_BACKGROUND=off turns it off (e.g. on a second instance that should only serve pages).
// Interrupted syncs are resumed by every process that syncs (see recovery.ts), even with it off:
// "Sync now" runs in any web process.

const store = globalThis as typeof globalThis & { cashlensBackgroundSync?: Promise<() => Promise<void>> };

export function startBackgroundSync(options: { db?: Db; url?: string; config?: SyncConfig } = {}): Promise<() => Promise<void>> {
  store.cashlensBackgroundSync ??= start(options);
  return store.cashlensBackgroundSync;
}

async function start({ db = getDb(), url = getDatabaseUrl(), config = getSyncConfig() }: { db?: Db; url?: string; config?: SyncConfig }) {
  const stopWatch = startRecoveryWatch(db, config);
  const stopScheduler = await startScheduler(db, url, config);
  return async () => {
    await stopScheduler();
    await stopWatch();
  };
}

async function startScheduler(db: Db, url: string, config: SyncConfig): Promise<() => Promise<void>> {
  if (!config.background) return async () => {};
  if (getDatabaseProvider(url) === 'postgresql') {
    const { startPgBossScheduler } = await import('./background-pg-boss');
    return startPgBossScheduler(url, db, config);
  }
  const { startInProcessScheduler } = await import('./background-sqlite');
  return startInProcessScheduler(db, config);
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
