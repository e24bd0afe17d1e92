import { getDb, type Db } from '@/lib/db';
import { beginSync } from './sync-connection';
import { log } from '@/lib/log';

/**
 * The first sync right after linking. Returns once the run is recorded (its progress shows on
 * the Accounts page from then on) and leaves the import running in the background.
 */
export async function startInitialSync(connectionId: string, db: Db = getDb()): Promise<string | null> {
  const start = await beginSync(db, connectionId, { trigger: 'initial' });
  if (!start.started) return null;
  start.done.catch((error: unknown) => log.error('initial sync crashed', { connectionId, error }));
  return start.runId;
}
