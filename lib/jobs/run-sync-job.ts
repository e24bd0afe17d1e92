import type { Db } from '@/lib/db';
import type { SyncConfig } from '@/lib/sync/config';
import { beginSync } from '@/lib/sync/sync-connection';
import { log } from '@/lib/log';
import type { SyncJobRequest } from './types';

// One job, as a worker runs it. The sync lease still decides who syncs: a job whose connection is
// already syncing (another worker, a run not yet expired) ends at once, so a slot is never spent
// waiting on someone else's run. The run row records the outcome; the job only says it was handled.

export type SyncJobResult =
  | { handled: true; outcome: 'succeeded' | 'failed' | 'abandoned' | 'joined' | 'not_found' | 'not_active' | 'backing_off' }
  // The process is stopping: the job goes back to the queue for the next worker.
  | { handled: false; outcome: 'shutting_down' };

export async function runSyncJob(db: Db, job: SyncJobRequest, config: SyncConfig): Promise<SyncJobResult> {
  const start = await beginSync(db, job.connectionId, { trigger: job.trigger, config });
  if (!start.started) return start.reason === 'shutting_down' ? { handled: false, outcome: 'shutting_down' } : { handled: true, outcome: start.reason };
  if (start.joined) {
    start.done.catch((error: unknown) => log.error('a joined sync failed', { connectionId: job.connectionId, error }));
    return { handled: true, outcome: 'joined' };
  }
  const outcome = await start.done;
  return { handled: true, outcome: outcome.status };
}
