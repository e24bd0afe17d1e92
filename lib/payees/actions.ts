'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { getDb } from '@/lib/db';
import { invalidForm, readFields, runFormAction, type FormState } from '@/lib/forms';
import { resetPayeeName, renamePayee } from './rename-payee';
import { recordActivity } from '@/lib/workspaces/activity';

const renameSchema = z.object({
  payeeKey: z.string().trim().min(1, 'Choose a payee.').max(200),
  name: z.string().trim().max(100, 'Keep the name under 100 characters.'),
});

const plural = (count: number) => `${count} transaction${count === 1 ? '' : 's'}`;

/** Renames a payee everywhere (a blank name goes back to the cleaned bank name). */
export async function renamePayeeAction(_: FormState, form: FormData): Promise<FormState> {
  const actor = await requireWorkspace('write');
  const values = readFields(form, ['payeeKey', 'name'], 200);
  const parsed = renameSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  const { payeeKey, name } = parsed.data;
  return runFormAction(async () => {
    const db = getDb();
    const { updated } = name ? await renamePayee(db, actor.workspaceId, payeeKey, name) : await resetPayeeName(db, actor.workspaceId, payeeKey);
    await recordActivity(db, actor, 'payee.renamed', name ? `Renamed payee “${payeeKey}” to “${name}”` : `Reset payee “${payeeKey}” to the bank's name`);
    revalidatePath('/transactions', 'layout');
    revalidatePath('/dashboard');
    return { ok: true, message: name ? `Renamed to "${name}" on ${plural(updated)} and on new ones.` : `Back to the bank's name on ${plural(updated)}.` };
  }, values);
}
