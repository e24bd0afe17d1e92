import type { Db } from '@/lib/db';
import type { SyncConfig } from './config';
import { recoveryWatchMs } from './dead-runs';
import { listBackoffEndedConnections, listInterruptedConnections } from './due-connections';
import type { SyncTrigger } from './runs';
import { syncConnection } from './sync-connection';
import { log } from '@/lib/log';

// Interrupted syncs resume without a user: at start-up (a restarted process picks up what the
// old one left) and on a short watch (another instance's process died). The same watch retries a
// connection when the back-off the bank asked for ends, so "we will try again" is kept. The lease makes sure one
// process resumes a connection; the others join or skip it. The sync worker passes `start` to
// queue the resume (lib/jobs) instead of running it in the watch; by default it runs here.

/** Starts (or queues) the sync of one connection; the default runs it in this process and waits. */
export type StartSync = (connectionId: string, trigger: SyncTrigger) => Promise<unknown>;

/**
 * Resumes every connection whose latest run was interrupted, and retries those whose back-off
 * (the bank's Retry-After) has ended, one after another; returns how many were started.
 */
export async function resumeInterruptedSyncs(db: Db, config: SyncConfig, start: StartSync = (id, trigger) => syncConnection(db, id, { trigger, config })): Promise<number> {
  const interrupted = await listInterruptedConnections(db, config);
  const retries = await listBackoffEndedConnections(db, config);
  const work = [...interrupted.map((id) => ({ id, trigger: 'resume' as const })), ...retries.map((id) => ({ id, trigger: 'background' as const }))];
  for (const { id, trigger } of work) {
    await start(id, trigger).catch((error: unknown) => {
      log.error(trigger === 'resume' ? 'resuming a sync failed' : 'retrying a sync failed', { connectionId: id, error });
    });
  }
  return work.length;
}

/** Looks for interrupted syncs at once, then every eighth of the lease; returns a stop function. */
export function startRecoveryWatch(db: Db, config: SyncConfig, start?: StartSync): () => Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const look = () => {
    running = resumeInterruptedSyncs(db, config, start)
      .catch((error: unknown) => log.error('looking for interrupted syncs failed', { error }))
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
