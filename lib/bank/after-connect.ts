import { startInitialSync } from '@/lib/sync/start-initial-sync';
import { log } from '@/lib/log';

/**
 * Starts the first sync of a new link without holding up the redirect. The sync engine
 * records its own progress and failures; here a failure to start is only logged.
 */
export function startInitialSyncSafely(connectionId: string): void {
  startInitialSync(connectionId).catch((error: unknown) => log.error('could not start the first sync', { connectionId, error }));
}
