import type { Db } from '@/lib/db';
import { bumpDataVersion } from '@/lib/page-cache/data-version';
import { interruptedMessage } from './dead-runs';
import type { SqlRunner, Tx } from './sql';

// SyncRun rows: history and live progress. Progress counters move inside the same transactions
// as the rows they count, so what the UI shows after a reload is what is in the database.

// resume: started without a user because the connection's previous run was interrupted.
export const syncTriggers = ['initial', 'manual', 'background', 'resume'] as const;
export type SyncTrigger = (typeof syncTriggers)[number];
export type SyncRunStatus = 'running' | 'succeeded' | 'failed' | 'abandoned';

export async function createSyncRun(db: Db, run: { id: string; workspaceId: string; connectionId: string; trigger: SyncTrigger; startedAt: Date }): Promise<void> {
  // Any other run still marked running lost its process: we hold the lease now.
  await db.syncRun.updateMany({
    where: { connectionId: run.connectionId, status: 'running' },
    data: { status: 'abandoned', finishedAt: run.startedAt, errorCode: 'interrupted', error: interruptedMessage },
  });
  await db.syncRun.create({ data: { ...run, status: 'running', heartbeatAt: run.startedAt } });
}

export type ProgressDelta = { imported?: number; added?: number; changed?: number; removed?: number; accountsDone?: number };

export async function recordProgress(tx: Tx | Db, runId: string, delta: ProgressDelta): Promise<void> {
  await tx.syncRun.update({
    where: { id: runId },
    data: {
      heartbeatAt: new Date(),
      transactionsImported: { increment: delta.imported ?? 0 },
      addedCount: { increment: delta.added ?? 0 },
      changedCount: { increment: delta.changed ?? 0 },
      removedCount: { increment: delta.removed ?? 0 },
      accountsDone: { increment: delta.accountsDone ?? 0 },
    },
  });
}

export async function finishSyncRun(db: Db, runId: string, outcome: { status: 'succeeded' | 'failed' | 'abandoned'; errorCode?: string; error?: string; retryAt?: Date }): Promise<void> {
  const run = await db.syncRun.update({
    where: { id: runId },
    data: { status: outcome.status, finishedAt: new Date(), errorCode: outcome.errorCode ?? null, error: outcome.error ?? null, retryAt: outcome.retryAt ?? null },
    select: { workspaceId: true },
  });
  // The sync finisher: whatever the run wrote (rows, balances, sync time) is now what pages show.
  await bumpDataVersion(db, run.workspaceId);
}

/** When the connection's latest run asked us to back off and that time is still ahead: the time; else null. */
export async function readBackoff(db: Db, connectionId: string, now = new Date()): Promise<Date | null> {
  const latest = await db.syncRun.findFirst({ where: { connectionId }, orderBy: { startedAt: 'desc' }, select: { status: true, retryAt: true } });
  return latest?.status === 'failed' && latest.retryAt && latest.retryAt > now ? latest.retryAt : null;
}

/** The same, as SQL, for the page transaction (which may not be a Prisma transaction). */
export async function recordProgressSql(sql: SqlRunner, runId: string, delta: ProgressDelta): Promise<void> {
  await sql.execute(
    `UPDATE "SyncRun" SET "heartbeatAt" = ?, "transactionsImported" = "transactionsImported" + ?, "addedCount" = "addedCount" + ?,
     "changedCount" = "changedCount" + ?, "removedCount" = "removedCount" + ?, "accountsDone" = "accountsDone" + ? WHERE "id" = ?`,
    [new Date(), delta.imported ?? 0, delta.added ?? 0, delta.changed ?? 0, delta.removed ?? 0, delta.accountsDone ?? 0, runId],
  );
}
