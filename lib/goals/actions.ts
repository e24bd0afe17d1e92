'use server';

import { revalidatePath } from 'next/cache';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { toIsoDay } from '@/lib/dates';
import { getDb } from '@/lib/db';
import { invalidForm, readField, readFields, runFormAction, type FormState } from '@/lib/forms';
import { goalInputSchema } from './goal-schema';
import { createGoal, deleteGoal, updateGoal } from './goals';

function revalidateGoalPages(): void {
  revalidatePath('/goals');
  revalidatePath('/dashboard');
}

/** Creates a goal, or edits the one named by the `id` field. */
export async function saveGoalAction(_: FormState, form: FormData): Promise<FormState> {
  const actor = await requireWorkspace('write');
  const values = readFields(form, ['id', 'name', 'target', 'targetDate', 'link'], 200);
  const parsed = goalInputSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  return runFormAction(async () => {
    const db = getDb();
    // The clock is read once here; a category goal counts from today.
    if (values.id) await updateGoal(db, actor.workspaceId, values.id, parsed.data);
    else await createGoal(db, actor.workspaceId, parsed.data, toIsoDay(new Date()));
    revalidateGoalPages();
    return { ok: true, message: values.id ? `Saved “${parsed.data.name}”.` : `Added “${parsed.data.name}”.`, values: values.id ? values : undefined, submission: Date.now() };
  }, values);
}

export async function deleteGoalAction(_: FormState, form: FormData): Promise<FormState> {
  const actor = await requireWorkspace('write');
  return runFormAction(async () => {
    await deleteGoal(getDb(), actor.workspaceId, readField(form, 'id'));
    revalidateGoalPages();
    return { ok: true, message: 'Goal deleted.', submission: Date.now() };
  });
}
