import type { Db } from '@/lib/db';
import type { SyncConfig } from './config';
import { recoveryWatchMs } from './dead-runs';
import { listInterruptedConnections } from './due-connections';
import { syncConnection } from './sync-connection';

// Interrupted syncs resume without a user: at start-up (a restarted process picks up what the
// old one left) and on a short watch (another instance's process died). The lease makes sure one
// process resumes a connection; the others join or skip it.

/** Resumes every connection whose latest run was interrupted, one after another; returns how many. */
export async function resumeInterruptedSyncs(db: Db, config: SyncConfig): Promise<number> {
  const interrupted = await listInterruptedConnections(db, config);
  for (const connectionId of interrupted) {
    await syncConnection(db, connectionId, { trigger: 'resume', config }).catch((error: unknown) => {
      console.error(`resuming the sync of connection ${connectionId} failed:`, error);
    });
  }
  return interrupted.length;
}

/** Looks for interrupted syncs at once, then every eighth of the lease; returns a stop function. */
export function startRecoveryWatch(db: Db, config: SyncConfig): () => Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const look = () => {
    running = resumeInterruptedSyncs(db, config)
      .catch((error: unknown) => console.error('looking for interrupted syncs failed:', error))
      .finally(() => {
        if (stopped) return;
        timer = setTimeout(look, recoveryWatchMs(config));
        timer.unref();
      });
  };
  look();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
