'use server';

import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/current-user';
import { isMonth } from '@/lib/dates';
import { getDb } from '@/lib/db';
import { invalidForm, readField, readFields, runFormAction, type FormState } from '@/lib/forms';
import { budgetInputSchema } from './budget-schema';
import { copyLastMonth, removeBudgetFrom, setBudget } from './budgets';
import { nameSchema } from '@/lib/categories/category-name';
import { deleteTag, mergeTag, renameTag } from './tags';

export async function setBudgetAction(_: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  // The typed values go back with any error, so the form can show them again.
  const values = readFields(form, ['categoryId', 'month', 'amount', 'rollover']);
  const parsed = budgetInputSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  return runFormAction(async () => {
    await setBudget(getDb(), user.id, parsed.data);
    revalidatePath('/budgets');
    revalidatePath('/dashboard');
    return { ok: true, message: 'Budget saved.', submission: Date.now() };
  }, values);
}

export async function copyLastMonthAction(_: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const month = readField(form, 'month');
  if (!isMonth(month)) return { message: 'Choose a real month.' };
  return runFormAction(async () => {
    const copied = await copyLastMonth(getDb(), user.id, month);
    revalidatePath('/budgets');
    revalidatePath('/dashboard');
    return { ok: true, message: copied ? `Copied ${copied} budget${copied === 1 ? '' : 's'} from last month.` : 'This month already has every budget from last month.' };
  });
}

/** "Remove": the category's budget ends from the shown month on; earlier months keep theirs. */
export async function removeBudgetAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const month = readField(form, 'month');
  const categoryId = readField(form, 'categoryId');
  // A forged or stale form changes nothing rather than guessing a month.
  if (!isMonth(month) || !categoryId) return;
  await removeBudgetFrom(getDb(), user.id, categoryId, month);
  revalidatePath('/budgets');
  revalidatePath('/dashboard');
}

const tagNameSchema = nameSchema('tag');

function revalidateTagPages(): void {
  for (const path of ['/budgets/categories', '/transactions', '/transactions/rules']) revalidatePath(path);
}

export async function renameTagAction(_: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = readFields(form, ['id', 'name'], 200);
  const name = tagNameSchema.safeParse(values.name);
  if (!name.success) return { fieldErrors: { name: name.error.issues.map((issue) => issue.message) }, values, submission: Date.now() };
  return runFormAction(async () => {
    await renameTag(getDb(), user.id, values.id, name.data);
    revalidateTagPages();
    return { ok: true, message: `Renamed to “${name.data}”.`, submission: Date.now() };
  }, values);
}

export async function mergeTagAction(_: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = readFields(form, ['fromId', 'intoId'], 100);
  if (!values.intoId) return { fieldErrors: { intoId: ['Choose the tag to merge into.'] }, values, submission: Date.now() };
  return runFormAction(async () => {
    const moved = await mergeTag(getDb(), user.id, values.fromId, values.intoId);
    revalidateTagPages();
    return { ok: true, message: `Merged: ${moved} transaction${moved === 1 ? '' : 's'} re-tagged.`, submission: Date.now() };
  }, values);
}

export async function deleteTagAction(_: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  return runFormAction(async () => {
    await deleteTag(getDb(), user.id, readField(form, 'id'));
    revalidateTagPages();
    return { ok: true, message: 'Tag deleted; its transactions are unchanged.', submission: Date.now() };
  });
}
