import type { Db } from '@/lib/db';
import type { SyncConfig } from './config';

// A run whose process died (kill -9, a crash, a lost container) still says "running". Whoever
// next looks at the connection (the page, "Sync now", the scheduler) calls it what it is, so the
// UI never shows a frozen progress bar and the connection is resumed at once.
//
// Timing: SYNC_LEASE_SECONDS is the promise "a dead run is resumed within this time". The holder
// keeps its lease for three quarters of it and renews every quarter (two missed beats of slack),
// and the recovery watch looks every eighth, so lease expiry plus detection stay inside it.

export const interruptedMessage = 'The sync was interrupted; it resumes where it stopped.';

/** How long a lease is held between renewals: a dead holder blocks others at most this long. */
export function leaseHoldMs(config: Pick<SyncConfig, 'leaseMs'>): number {
  return Math.max(1_000, Math.floor((config.leaseMs * 3) / 4));
}

export function leaseRenewMs(config: Pick<SyncConfig, 'leaseMs'>): number {
  return Math.max(250, Math.floor(config.leaseMs / 4));
}

/** How often the recovery watch looks for dead runs. */
export function recoveryWatchMs(config: Pick<SyncConfig, 'leaseMs'>): number {
  return Math.min(15_000, Math.max(250, Math.floor(config.leaseMs / 8)));
}

/**
 * Marks "running" runs whose lease is gone or expired as abandoned (errorCode `interrupted`) and
 * drops their expired lease, so a holder that was only frozen finds out at its next renewal and
 * stops. With a connection id: that connection's runs; without: every run behind an expired lease
 * (the lease table has a row per syncing connection only, so this is cheap).
 * Returns the connections whose run was abandoned.
 */
export async function abandonDeadRuns(db: Db, options: { connectionId?: string; now?: Date } = {}): Promise<string[]> {
  const now = options.now ?? new Date();
  const candidates = options.connectionId
    ? await db.syncRun.findMany({ where: { connectionId: options.connectionId, status: 'running' }, select: { id: true, connectionId: true } })
    : (await db.syncLease.findMany({ where: { expiresAt: { lt: now } }, select: { runId: true, connectionId: true } })).map((lease) => ({ id: lease.runId, connectionId: lease.connectionId }));
  const abandoned: string[] = [];
  for (const run of candidates) {
    const lease = await db.syncLease.findUnique({ where: { connectionId: run.connectionId }, select: { runId: true, expiresAt: true } });
    if (lease?.runId === run.id && lease.expiresAt > now) continue; // alive
    const marked = await db.syncRun.updateMany({
      where: { id: run.id, status: 'running' },
      data: { status: 'abandoned', finishedAt: now, errorCode: 'interrupted', error: interruptedMessage },
    });
    await db.syncLease.deleteMany({ where: { connectionId: run.connectionId, runId: run.id, expiresAt: { lt: now } } });
    if (marked.count > 0) abandoned.push(run.connectionId);
  }
  return abandoned;
}
