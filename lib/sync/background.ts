import { getDb, type Db } from '@/lib/db';
import { getDatabaseProvider, getDatabaseUrl } from '@/lib/db/database-url';
import { getSyncConfig, type SyncConfig } from './config';

// Background refresh, started once per server process from instrumentation.ts after migrations.
// SYNC_INTERVAL_MINUTES (default 360) sets how often each connection is refreshed, with jitter;
// SYNC_BACKGROUND=off turns it off (e.g. on a second instance that should only serve pages).

const store = globalThis as typeof globalThis & { cashlensBackgroundSync?: Promise<() => Promise<void>> };

export function startBackgroundSync(options: { db?: Db; url?: string; config?: SyncConfig } = {}): Promise<() => Promise<void>> {
  store.cashlensBackgroundSync ??= start(options);
  return store.cashlensBackgroundSync;
}

async function start({ db = getDb(), url = getDatabaseUrl(), config = getSyncConfig() }: { db?: Db; url?: string; config?: SyncConfig }) {
  if (!config.background) return async () => {};
  if (getDatabaseProvider(url) === 'postgresql') {
    const { startPgBossScheduler } = await import('./background-pg-boss');
    return startPgBossScheduler(url, db, config);
  }
  const { startInProcessScheduler } = await import('./background-sqlite');
  return startInProcessScheduler(db, config);
}
