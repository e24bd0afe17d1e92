'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { getDb } from '@/lib/db';
import { readField, type FormState } from '@/lib/forms';
import { enqueueSync } from '@/lib/jobs/sync-queue';
import { leaseHoldMs } from './dead-runs';
import { getSyncConfig } from './config';
import { userOwnsConnection } from './queries';
import { readBackoff } from './runs';

export type SyncNowState = (FormState & { jobId?: string }) | null;

const syncNowSchema = z.object({ connectionId: z.string().min(1).max(100) });

/**
 * "Sync now": queues a sync of one of the user's connections for the sync worker (or points at
 * the one already running or queued) and returns at once; the status component follows it.
 */
export async function syncNow(_previous: SyncNowState, formData: FormData): Promise<SyncNowState> {
  const actor = await requireWorkspace('write');
  const parsed = syncNowSchema.safeParse({ connectionId: readField(formData, 'connectionId') });
  if (!parsed.success) return { ok: false, message: 'Choose a connection to sync.' };
  const db = getDb();
  if (!(await userOwnsConnection(db, actor.workspaceId, parsed.data.connectionId))) return { ok: false, message: 'That connection was not found.' };

  const connectionId = parsed.data.connectionId;
  const connection = await db.bankConnection.findUnique({ where: { id: connectionId }, select: { status: true } });
  if (connection?.status !== 'active') return { ok: false, message: 'Reconnect this bank before syncing.' };
  const retryAt = await readBackoff(db, connectionId);
  if (retryAt) {
    const minutes = Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 60_000));
    return { ok: false, message: `The bank asked us to wait; we will sync again by ourselves in about ${minutes} minute${minutes === 1 ? '' : 's'}.` };
  }
  // A live run (heartbeat within the lease hold) already brings the latest rows: follow it.
  const live = await db.syncRun.count({ where: { connectionId, status: 'running', heartbeatAt: { gt: new Date(Date.now() - leaseHoldMs(getSyncConfig())) } } });
  if (live > 0) return { ok: true, message: 'A sync was already running; following it.' };

  // The sync worker runs it; the status component follows the queue, then the run's progress.
  const job = await enqueueSync(db, connectionId, 'manual');
  revalidatePath('/accounts');
  return { ok: true, jobId: job.jobId, message: job.existing ? 'A sync was already queued.' : 'Sync queued.' };
}
