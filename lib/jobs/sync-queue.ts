import type { Db } from '@/lib/db';
import { providerOf } from '@/lib/sync/sql';
import type { SyncTrigger } from '@/lib/sync/runs';
import { enqueuePgSync, hasPendingPgSync } from './pg-queue';
import { enqueueSqliteSync, hasPendingSqliteSync } from './sqlite-queue';
import type { EnqueueOptions, EnqueuedSync } from './types';

// What the web process does with syncs: queue them and ask whether one is waiting. The worker
// process (lib/jobs/sync-worker.ts) runs them; progress is read from SyncRun rows as before.

/** Queues a sync of the connection; a connection that already has a queued job gets that one back. */
export function enqueueSync(db: Db, connectionId: string, trigger: SyncTrigger, options: EnqueueOptions = {}): Promise<EnqueuedSync> {
  return providerOf(db) === 'postgresql' ? enqueuePgSync(db, connectionId, trigger, options) : enqueueSqliteSync(db, connectionId, trigger, options);
}

/** A sync of the connection is queued or held by a worker (before or while its run row exists). */
export function hasPendingSync(db: Db, connectionId: string): Promise<boolean> {
  return providerOf(db) === 'postgresql' ? hasPendingPgSync(db, connectionId) : hasPendingSqliteSync(db, connectionId);
}
