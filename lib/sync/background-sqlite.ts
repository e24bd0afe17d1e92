import type { Db } from '@/lib/db';
import type { SyncConfig } from './config';
import { jitterMs, listDueConnections } from './due-connections';
import { syncConnection } from './sync-connection';
import { log } from '@/lib/log';

// The embedded default: one app process owns the SQLite file, so a timer in that process is the
// whole scheduler. Every tick syncs the connections that are due, one after another.

/** One tick: sync every due connection in turn; returns how many were started. */
export async function runDueSyncs(db: Db, config: SyncConfig): Promise<number> {
  const due = await listDueConnections(db, config);
  for (const connectionId of due) {
    await syncConnection(db, connectionId, { trigger: 'background', config }).catch((error: unknown) => {
      log.error('background sync failed to start', { connectionId, error });
    });
  }
  return due.length;
}

export function startInProcessScheduler(db: Db, config: SyncConfig): () => Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  // Ticks come a few times per interval so a connection is never more than a fraction late.
  const tickMs = Math.max(60_000, Math.min(config.intervalMinutes * 60_000, 15 * 60_000));
  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runDueSyncs(db, config)
        .catch((error: unknown) => log.error('background sync tick failed', { error }))
        .finally(() => schedule(tickMs + jitterMs(config)));
    }, delay);
    timer.unref();
  };
  // Not at boot itself: let the server start serving first.
  schedule(30_000 + jitterMs(config));
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
