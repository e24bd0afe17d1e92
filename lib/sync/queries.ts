import type { Db } from '@/lib/db';
import { hasPendingSync } from '@/lib/jobs/sync-queue';
import { getSyncConfig, type SyncConfig } from './config';
import { leaseHoldMs } from './dead-runs';

// Reads for the Accounts page and the sync status route. Every query is scoped by the signed-in
// user: a connection id from the URL never reveals another user's runs.

export type SyncRunView = {
  id: string;
  trigger: string;
  status: string;
  startedAt: Date;
  finishedAt: Date | null;
  accountsTotal: number;
  accountsDone: number;
  transactionsImported: number;
  addedCount: number;
  changedCount: number;
  removedCount: number;
  errorCode: string | null;
  error: string | null;
  heartbeatAt: Date;
  retryAt: Date | null;
};

const runFields = {
  id: true, trigger: true, status: true, startedAt: true, finishedAt: true, accountsTotal: true, accountsDone: true,
  transactionsImported: true, addedCount: true, changedCount: true, removedCount: true, errorCode: true, error: true, heartbeatAt: true, retryAt: true,
} as const;

// checkedAt and staleAfterMs let the status component tell a live run from a dead one by the
// server's clock (status-view.ts). queued: a sync is waiting for (or held by) the sync worker.
export type ConnectionSyncStatus = { connectionId: string; connectionStatus: string; lastSyncedAt: Date | null; latestRun: SyncRunView | null; queued: boolean; checkedAt: Date; staleAfterMs: number };

/** The connection's state and its latest run, or null when the connection is not the user's. */
export async function getConnectionSyncStatus(db: Db, workspaceId: string, connectionId: string, config: Pick<SyncConfig, 'leaseMs'> = getSyncConfig()): Promise<ConnectionSyncStatus | null> {
  const connection = await db.bankConnection.findFirst({ where: { id: connectionId, workspaceId }, select: { id: true, status: true, lastSyncedAt: true } });
  if (!connection) return null;
  const latestRun = await db.syncRun.findFirst({ where: { connectionId, workspaceId }, orderBy: { startedAt: 'desc' }, select: runFields });
  const queued = await hasPendingSync(db, connectionId);
  return { connectionId, connectionStatus: connection.status, lastSyncedAt: connection.lastSyncedAt, latestRun, queued, checkedAt: new Date(), staleAfterMs: leaseHoldMs(config) };
}

/** Most recent runs first. */
export async function listSyncRuns(db: Db, workspaceId: string, connectionId: string, limit = 20): Promise<SyncRunView[]> {
  return db.syncRun.findMany({ where: { connectionId, workspaceId }, orderBy: { startedAt: 'desc' }, take: limit, select: runFields });
}

export async function userOwnsConnection(db: Db, workspaceId: string, connectionId: string): Promise<boolean> {
  return (await db.bankConnection.count({ where: { id: connectionId, workspaceId } })) === 1;
}
