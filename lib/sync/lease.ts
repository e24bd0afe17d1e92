import type { Db } from '@/lib/db';
import { providerOf, sqlRunner } from './sql';

// One sync per connection at a time, across every process sharing the database: a row per
// connection whose holder renews expiresAt as it works. Taking it is one atomic statement that
// succeeds only when there is no row or the row has expired, so a crashed holder blocks others
// only until its lease runs out.

export type LeaseClaim = { acquired: true } | { acquired: false; runId: string | null };

export async function acquireSyncLease(db: Db, connectionId: string, runId: string, owner: string, ttlMs: number, now = new Date()): Promise<LeaseClaim> {
  const sql = sqlRunner(db, providerOf(db));
  const taken = await sql.execute(
    `INSERT INTO "SyncLease" ("connectionId", "runId", "owner", "expiresAt") VALUES (?, ?, ?, ?)
     ON CONFLICT ("connectionId") DO UPDATE SET "runId" = excluded."runId", "owner" = excluded."owner", "expiresAt" = excluded."expiresAt"
     WHERE "SyncLease"."expiresAt" < ?`,
    [connectionId, runId, owner, new Date(now.getTime() + ttlMs), now],
  );
  if (taken === 1) return { acquired: true };
  const holder = await db.syncLease.findUnique({ where: { connectionId }, select: { runId: true } });
  return { acquired: false, runId: holder?.runId ?? null };
}

/** Extends the lease; false when it was lost (expired and taken by another run). */
export async function renewSyncLease(db: Db, connectionId: string, runId: string, ttlMs: number, now = new Date()): Promise<boolean> {
  const { count } = await db.syncLease.updateMany({ where: { connectionId, runId }, data: { expiresAt: new Date(now.getTime() + ttlMs) } });
  return count === 1;
}

export async function releaseSyncLease(db: Db, connectionId: string, runId: string): Promise<void> {
  await db.syncLease.deleteMany({ where: { connectionId, runId } });
}
