'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/lib/db';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { hasRecentFactor } from '@/lib/auth/step-up';
import { disconnectConnection } from '@/lib/bank/disconnect';
import { refreshConnectionAccounts } from '@/lib/bank/refresh-accounts';
import { BankError } from '@/lib/bank/errors';
import { readField } from '@/lib/forms';

const disconnectSchema = z.object({
  connectionId: z.string().min(1).max(100),
  keepData: z.enum(['keep', 'delete'], { error: 'Choose whether to keep or delete the imported data.' }),
});

export async function disconnectAction(form: FormData): Promise<void> {
  const actor = await requireWorkspace('write');
  const parsed = disconnectSchema.safeParse({ connectionId: readField(form, 'connectionId'), keepData: readField(form, 'keepData') });
  if (!parsed.success) redirect('/accounts?bank_error=disconnect_choice');
  if (!(await hasRecentFactor(getDb(), actor.sessionId))) redirect('/accounts?bank_error=step_up');
  const result = await disconnectConnection(getDb(), actor, parsed.data.connectionId, parsed.data.keepData === 'delete');
  revalidatePath('/accounts');
  if (!result) redirect('/accounts?bank_error=not_found');
  const outcome = parsed.data.keepData === 'delete' ? 'disconnected_deleted' : 'disconnected_kept';
  redirect(`/accounts?bank=${result.revokedAtBank ? outcome : `${outcome}_unrevoked`}`);
}

/** After the person returns from the bank's Security Center: re-read what is shared. */
export async function refreshSharingAction(connectionId: string): Promise<{ ok: boolean }> {
  const actor = await requireWorkspace('write');
  if (typeof connectionId !== 'string' || connectionId.length > 100) return { ok: false };
  try {
    await refreshConnectionAccounts(getDb(), actor.workspaceId, connectionId);
    return { ok: true };
  } catch (error) {
    // A refused token has already marked the connection; the page shows that state.
    if (error instanceof BankError) return { ok: false };
    throw error;
  } finally {
    revalidatePath('/accounts');
  }
}
