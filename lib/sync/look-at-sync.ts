import type { Db } from '@/lib/db';
import { getSyncConfig, type SyncConfig } from './config';
import { abandonDeadRuns } from './dead-runs';
import { getConnectionSyncStatus, type ConnectionSyncStatus } from './queries';
import { beginSync } from './sync-connection';
import { log } from '@/lib/log';

/**
 * The status the page and its poll show, after dealing with a dead run: a run whose lease is gone
 * is marked abandoned and the connection resumes here and now (from its cursor and its unfinished
 * post-sync work), so the user sees "interrupted, resuming" and never waits on a dead run.
 * Null when the connection is not the user's.
 */
export async function lookAtConnectionSync(db: Db, userId: string, connectionId: string, config: SyncConfig = getSyncConfig()): Promise<ConnectionSyncStatus | null> {
  const status = await getConnectionSyncStatus(db, userId, connectionId, config);
  if (!status || status.connectionStatus !== 'active') return status;
  const latest = status.latestRun?.status;
  if (latest !== 'running' && latest !== 'abandoned') return status;
  if (latest === 'running' && (await abandonDeadRuns(db, { connectionId })).length === 0) return status;
  const start = await beginSync(db, connectionId, { trigger: 'resume', config });
  start.done?.catch((error: unknown) => log.error('resuming a sync failed', { connectionId, error }));
  return getConnectionSyncStatus(db, userId, connectionId, config);
}
