'use server';

import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { invalidForm, readField, readFields, runFormAction, type FormState } from '@/lib/forms';
import { createCategorySchema, mergeCategorySchema, updateCategorySchema } from './category-schema';
import { createCategory, setCategoryHidden, updateCategory } from './manage';
import { mergeCategory } from './merge';

// Every page that shows category names, colours or totals by category.
function revalidateCategoryPages(): void {
  for (const path of ['/budgets/categories', '/budgets', '/transactions', '/dashboard', '/spending', '/goals']) revalidatePath(path);
}

export async function createCategoryAction(_: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = readFields(form, ['name', 'parentId', 'kind', 'color'], 200);
  const parsed = createCategorySchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  return runFormAction(async () => {
    await createCategory(getDb(), user.id, parsed.data);
    revalidateCategoryPages();
    return { ok: true, message: `Added “${parsed.data.name}”.`, submission: Date.now() };
  }, values);
}

export async function updateCategoryAction(_: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = readFields(form, ['id', 'name', 'parentId', 'color'], 200);
  const parsed = updateCategorySchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  return runFormAction(async () => {
    await updateCategory(getDb(), user.id, parsed.data);
    revalidateCategoryPages();
    return { ok: true, message: `Saved “${parsed.data.name}”.`, values, submission: Date.now() };
  }, values);
}

export async function mergeCategoryAction(_: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = readFields(form, ['fromId', 'intoId'], 100);
  const parsed = mergeCategorySchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  return runFormAction(async () => {
    const moved = await mergeCategory(getDb(), user.id, parsed.data.fromId, parsed.data.intoId);
    revalidateCategoryPages();
    const count = moved.transactions + moved.splits;
    return { ok: true, message: `Merged: ${count} transaction${count === 1 ? '' : 's'} and ${moved.budgets} budget${moved.budgets === 1 ? '' : 's'} moved.`, submission: Date.now() };
  }, values);
}

/** Hide or show. A forged or stale id changes nothing (it reads as not found). */
export async function setCategoryHiddenAction(form: FormData): Promise<void> {
  const user = await requireUser();
  try {
    await setCategoryHidden(getDb(), user.id, readField(form, 'id'), readField(form, 'hidden') === 'true');
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return;
  }
  revalidateCategoryPages();
}
