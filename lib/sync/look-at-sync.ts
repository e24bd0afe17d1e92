import type { Db } from '@/lib/db';
import { enqueueSync } from '@/lib/jobs/sync-queue';
import { getSyncConfig, type SyncConfig } from './config';
import { abandonDeadRuns } from './dead-runs';
import { getConnectionSyncStatus, type ConnectionSyncStatus } from './queries';
import { log } from '@/lib/log';

/**
 * The status the page and its poll show, after dealing with a dead run: a run whose lease is gone
 * is marked abandoned and the connection's resume is queued for the sync worker here and now (it
 * continues from the cursor and the unfinished post-sync work), so the user sees "interrupted,
 * resuming" and never waits on a dead run. Null when the connection is not the user's.
 */
export async function lookAtConnectionSync(db: Db, workspaceId: string, connectionId: string, config: SyncConfig = getSyncConfig()): Promise<ConnectionSyncStatus | null> {
  const status = await getConnectionSyncStatus(db, workspaceId, connectionId, config);
  if (!status || status.connectionStatus !== 'active') return status;
  const latest = status.latestRun?.status;
  if (latest !== 'running' && latest !== 'abandoned') return status;
  if (status.queued) return status;
  if (latest === 'running' && (await abandonDeadRuns(db, { connectionId })).length === 0) return status;
  await enqueueSync(db, connectionId, 'resume').catch((error: unknown) => log.error('queueing the resume of a sync failed', { connectionId, error }));
  return getConnectionSyncStatus(db, workspaceId, connectionId, config);
}
