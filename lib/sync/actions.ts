'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { readField, type FormState } from '@/lib/forms';
import { userOwnsConnection } from './queries';
import { beginSync } from './sync-connection';
import { log } from '@/lib/log';

export type SyncNowState = (FormState & { runId?: string }) | null;

const syncNowSchema = z.object({ connectionId: z.string().min(1).max(100) });

/**
 * "Sync now": starts a sync of one of the user's connections, or joins the one already running,
 * and returns at once; the status component follows the run's progress.
 */
export async function syncNow(_previous: SyncNowState, formData: FormData): Promise<SyncNowState> {
  const user = await requireUser();
  const parsed = syncNowSchema.safeParse({ connectionId: readField(formData, 'connectionId') });
  if (!parsed.success) return { ok: false, message: 'Choose a connection to sync.' };
  const db = getDb();
  if (!(await userOwnsConnection(db, user.id, parsed.data.connectionId))) return { ok: false, message: 'That connection was not found.' };

  const start = await beginSync(db, parsed.data.connectionId, { trigger: 'manual' });
  if (!start.started && start.reason === 'backing_off') {
    const minutes = Math.max(1, Math.ceil((start.retryAt.getTime() - Date.now()) / 60_000));
    return { ok: false, message: `The bank asked us to wait; we will sync again by ourselves in about ${minutes} minute${minutes === 1 ? '' : 's'}.` };
  }
  if (!start.started) {
    const messages = { not_active: 'Reconnect this bank before syncing.', not_found: 'That connection was not found.', shutting_down: 'The app is restarting; try again in a minute.' };
    return { ok: false, message: messages[start.reason] };
  }
  start.done.catch((error: unknown) => log.error('sync now crashed', { error }));
  revalidatePath('/accounts');
  return { ok: true, runId: start.runId, message: start.joined ? 'A sync was already running; following it.' : 'Sync started.' };
}
