import { getDb, type Db } from '@/lib/db';
import { enqueueSync } from '@/lib/jobs/sync-queue';

/**
 * The first sync right after linking: queued for the sync worker (lib/jobs), so the Connect
 * callback returns at once and the import never runs in the web process. The Accounts page shows
 * "queued", then the run's progress. Returns the job id.
 */
export async function startInitialSync(connectionId: string, db: Db = getDb()): Promise<string> {
  const { jobId } = await enqueueSync(db, connectionId, 'initial');
  return jobId;
}
