import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/db';
import { sqlRunner } from '@/lib/sync/sql';
import type { SyncTrigger } from '@/lib/sync/runs';
import type { EnqueueOptions, EnqueuedSync, SyncJobRequest } from './types';

// The SQLite sync queue: rows of SyncJob. The web process inserts, the one worker process claims.
// Claiming is one UPDATE … WHERE id = (SELECT …) RETURNING, so two claimers (a worker restarted
// while the old one still ran, SYNC_IN_WEB in development) never take the same job. A claim lasts
// `claimMs` and the worker renews it while the sync runs; a job whose worker died is claimed again.

export type ClaimedSyncJob = SyncJobRequest & { id: string; attempts: number };

// A job that keeps killing its worker is given up after this many claims (the recovery watch
// still resumes the connection's run from its cursor; only this job row stops being retried).
const maxAttempts = 5;

/** Queues a sync, or returns the connection's job that is already queued. */
export async function enqueueSqliteSync(db: Db, connectionId: string, trigger: SyncTrigger, options: EnqueueOptions = {}): Promise<EnqueuedSync> {
  const now = options.now ?? new Date();
  const id = randomUUID();
  // One statement: SQLite runs it under its write lock, so two enqueues cannot both see "none queued".
  const inserted = await sqlRunner(db, 'sqlite').execute(
    `INSERT INTO "SyncJob" ("id", "connectionId", "trigger", "status", "runAt", "createdAt", "attempts")
     SELECT ?, ?, ?, 'queued', ?, ?, 0
     WHERE NOT EXISTS (SELECT 1 FROM "SyncJob" WHERE "connectionId" = ? AND "status" = 'queued')`,
    [id, connectionId, trigger, new Date(now.getTime() + (options.delayMs ?? 0)), now, connectionId],
  );
  if (inserted === 1) return { jobId: id, existing: false };
  const queued = await db.syncJob.findFirst({ where: { connectionId, status: 'queued' }, select: { id: true } });
  // Claimed between the two statements: queue again (that one is running now, this one follows it).
  if (!queued) return enqueueSqliteSync(db, connectionId, trigger, options);
  return { jobId: queued.id, existing: true };
}

/**
 * Takes the next due job, if any: queued and due, or claimed by a worker whose claim ran out. A
 * connection whose job is running (live claim) waits, so its next job is a fresh sync after it.
 */
export async function claimSqliteSyncJob(db: Db, workerId: string, claimMs: number, now = new Date()): Promise<ClaimedSyncJob | null> {
  const rows = await sqlRunner(db, 'sqlite').query<{ id: string; connectionId: string; trigger: string; attempts: number | bigint }>(
    `UPDATE "SyncJob" SET "status" = 'running', "claimedBy" = ?, "claimedUntil" = ?, "startedAt" = ?, "attempts" = "attempts" + 1
     WHERE "id" = (
       SELECT "id" FROM "SyncJob" AS "job"
       WHERE (("job"."status" = 'queued' AND "job"."runAt" <= ?) OR ("job"."status" = 'running' AND "job"."claimedUntil" < ?))
         AND "job"."attempts" < ?
         AND NOT EXISTS (SELECT 1 FROM "SyncJob" AS "other" WHERE "other"."connectionId" = "job"."connectionId" AND "other"."id" <> "job"."id" AND "other"."status" = 'running' AND "other"."claimedUntil" >= ?)
       ORDER BY "job"."runAt", "job"."createdAt" LIMIT 1)
     RETURNING "id", "connectionId", "trigger", "attempts"`,
    [workerId, new Date(now.getTime() + claimMs), now, now, now, maxAttempts, now],
  );
  const row = rows[0];
  if (!row) return null;
  return { id: row.id, connectionId: row.connectionId, trigger: row.trigger as SyncTrigger, attempts: Number(row.attempts) };
}

/** Keeps this worker's claims alive while their syncs run. */
export async function renewSqliteClaims(db: Db, workerId: string, jobIds: string[], claimMs: number, now = new Date()): Promise<void> {
  if (jobIds.length === 0) return;
  await db.syncJob.updateMany({ where: { id: { in: jobIds }, claimedBy: workerId, status: 'running' }, data: { claimedUntil: new Date(now.getTime() + claimMs) } });
}

export async function finishSqliteSyncJob(db: Db, jobId: string, result: { ok: boolean; note?: string }): Promise<void> {
  await db.syncJob.update({ where: { id: jobId }, data: { status: result.ok ? 'done' : 'failed', finishedAt: new Date(), claimedUntil: null, error: result.note ?? null } });
}

/** Gives a claimed job back (the worker is shutting down before it started the sync). */
export async function releaseSqliteSyncJob(db: Db, jobId: string): Promise<void> {
  await db.syncJob.update({ where: { id: jobId }, data: { status: 'queued', claimedBy: null, claimedUntil: null, startedAt: null, attempts: { decrement: 1 } } });
}

/** A job waits for this connection, or a worker holds one (live claim). */
export async function hasPendingSqliteSync(db: Db, connectionId: string, now = new Date()): Promise<boolean> {
  const count = await db.syncJob.count({ where: { connectionId, OR: [{ status: 'queued' }, { status: 'running', claimedUntil: { gte: now } }] } });
  return count > 0;
}

/** Finished jobs older than `keepMs` are dropped, so the table stays the size of the work in flight. */
export async function pruneSqliteSyncJobs(db: Db, keepMs: number, now = new Date()): Promise<number> {
  const { count } = await db.syncJob.deleteMany({ where: { status: { in: ['done', 'failed'] }, finishedAt: { lt: new Date(now.getTime() - keepMs) } } });
  return count;
}
