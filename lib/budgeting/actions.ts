'use server';

import { revalidatePath } from 'next/cache';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { isMonth } from '@/lib/dates';
import { getDb } from '@/lib/db';
import { invalidForm, readField, readFields, runFormAction, type FormState } from '@/lib/forms';
import { budgetInputSchema } from './budget-schema';
import { copyLastMonth, removeBudgetFrom, setBudget } from './budgets';
import { nameSchema } from '@/lib/categories/category-name';
import { deleteTag, mergeTag, renameTag } from './tags';
import { recordActivity } from '@/lib/workspaces/activity';
import { categoryLabel } from '@/lib/categories/category-label';

export async function setBudgetAction(_: FormState, form: FormData): Promise<FormState> {
  const actor = await requireWorkspace('write');
  // The typed values go back with any error, so the form can show them again.
  const values = readFields(form, ['categoryId', 'month', 'amount', 'rollover']);
  const parsed = budgetInputSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  return runFormAction(async () => {
    await setBudget(getDb(), actor.workspaceId, parsed.data);
    await recordActivity(getDb(), actor, 'budget.set', `Set the ${await categoryLabel(getDb(), actor.workspaceId, parsed.data.categoryId)} budget for ${parsed.data.month} to ${values.amount}`, parsed.data.categoryId);
    revalidatePath('/budgets');
    revalidatePath('/dashboard');
    return { ok: true, message: 'Budget saved.', submission: Date.now() };
  }, values);
}

export async function copyLastMonthAction(_: FormState, form: FormData): Promise<FormState> {
  const actor = await requireWorkspace('write');
  const month = readField(form, 'month');
  if (!isMonth(month)) return { message: 'Choose a real month.' };
  return runFormAction(async () => {
    const copied = await copyLastMonth(getDb(), actor.workspaceId, month);
    if (copied) await recordActivity(getDb(), actor, 'budget.copied', `Copied ${copied} budget${copied === 1 ? '' : 's'} into ${month}`);
    revalidatePath('/budgets');
    revalidatePath('/dashboard');
    return { ok: true, message: copied ? `Copied ${copied} budget${copied === 1 ? '' : 's'} from last month.` : 'This month already has every budget from last month.' };
  });
}

/** "Remove": the category's budget ends from the shown month on; earlier months keep theirs. */
export async function removeBudgetAction(form: FormData): Promise<void> {
  const actor = await requireWorkspace('write');
  const month = readField(form, 'month');
  const categoryId = readField(form, 'categoryId');
  // A forged or stale form changes nothing rather than guessing a month.
  if (!isMonth(month) || !categoryId) return;
  await removeBudgetFrom(getDb(), actor.workspaceId, categoryId, month);
  await recordActivity(getDb(), actor, 'budget.removed', `Removed the ${await categoryLabel(getDb(), actor.workspaceId, categoryId)} budget from ${month} on`, categoryId);
  revalidatePath('/budgets');
  revalidatePath('/dashboard');
}

const tagNameSchema = nameSchema('tag');

function revalidateTagPages(): void {
  for (const path of ['/budgets/categories', '/transactions', '/transactions/rules']) revalidatePath(path);
}

export async function renameTagAction(_: FormState, form: FormData): Promise<FormState> {
  const actor = await requireWorkspace('write');
  const values = readFields(form, ['id', 'name'], 200);
  const name = tagNameSchema.safeParse(values.name);
  if (!name.success) return { fieldErrors: { name: name.error.issues.map((issue) => issue.message) }, values, submission: Date.now() };
  return runFormAction(async () => {
    await renameTag(getDb(), actor.workspaceId, values.id, name.data);
    revalidateTagPages();
    return { ok: true, message: `Renamed to “${name.data}”.`, submission: Date.now() };
  }, values);
}

export async function mergeTagAction(_: FormState, form: FormData): Promise<FormState> {
  const actor = await requireWorkspace('write');
  const values = readFields(form, ['fromId', 'intoId'], 100);
  if (!values.intoId) return { fieldErrors: { intoId: ['Choose the tag to merge into.'] }, values, submission: Date.now() };
  return runFormAction(async () => {
    const moved = await mergeTag(getDb(), actor.workspaceId, values.fromId, values.intoId);
    revalidateTagPages();
    return { ok: true, message: `Merged: ${moved} transaction${moved === 1 ? '' : 's'} re-tagged.`, submission: Date.now() };
  }, values);
}

export async function deleteTagAction(_: FormState, form: FormData): Promise<FormState> {
  const actor = await requireWorkspace('write');
  return runFormAction(async () => {
    await deleteTag(getDb(), actor.workspaceId, readField(form, 'id'));
    revalidateTagPages();
    return { ok: true, message: 'Tag deleted; its transactions are unchanged.', submission: Date.now() };
  });
}
