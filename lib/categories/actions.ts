'use server';

import { revalidatePath } from 'next/cache';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { invalidForm, readField, readFields, runFormAction, type FormState } from '@/lib/forms';
import { createCategorySchema, mergeCategorySchema, updateCategorySchema } from './category-schema';
import { createCategory, setCategoryHidden, updateCategory } from './manage';
import { mergeCategory } from './merge';
import { recordActivity } from '@/lib/workspaces/activity';
import { categoryLabel } from './category-label';

// Every page that shows category names, colours or totals by category.
function revalidateCategoryPages(): void {
  for (const path of ['/budgets/categories', '/budgets', '/transactions', '/dashboard', '/spending', '/goals']) revalidatePath(path);
}

export async function createCategoryAction(_: FormState, form: FormData): Promise<FormState> {
  const actor = await requireWorkspace('write');
  const values = readFields(form, ['name', 'parentId', 'kind', 'color'], 200);
  const parsed = createCategorySchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  return runFormAction(async () => {
    const categoryId = await createCategory(getDb(), actor.workspaceId, parsed.data);
    await recordActivity(getDb(), actor, 'category.created', `Added the category “${parsed.data.name}”`, categoryId);
    revalidateCategoryPages();
    return { ok: true, message: `Added “${parsed.data.name}”.`, submission: Date.now() };
  }, values);
}

export async function updateCategoryAction(_: FormState, form: FormData): Promise<FormState> {
  const actor = await requireWorkspace('write');
  const values = readFields(form, ['id', 'name', 'parentId', 'color'], 200);
  const parsed = updateCategorySchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  return runFormAction(async () => {
    const before = await categoryLabel(getDb(), actor.workspaceId, parsed.data.id);
    await updateCategory(getDb(), actor.workspaceId, parsed.data);
    await recordActivity(getDb(), actor, 'category.edited', before === parsed.data.name ? `Edited the category “${parsed.data.name}”` : `Renamed the category “${before}” to “${parsed.data.name}”`, parsed.data.id);
    revalidateCategoryPages();
    return { ok: true, message: `Saved “${parsed.data.name}”.`, values, submission: Date.now() };
  }, values);
}

export async function mergeCategoryAction(_: FormState, form: FormData): Promise<FormState> {
  const actor = await requireWorkspace('write');
  const values = readFields(form, ['fromId', 'intoId'], 100);
  const parsed = mergeCategorySchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  return runFormAction(async () => {
    const [from, into] = await Promise.all([categoryLabel(getDb(), actor.workspaceId, parsed.data.fromId), categoryLabel(getDb(), actor.workspaceId, parsed.data.intoId)]);
    const moved = await mergeCategory(getDb(), actor.workspaceId, parsed.data.fromId, parsed.data.intoId);
    await recordActivity(getDb(), actor, 'category.merged', `Merged the category “${from}” into “${into}”`, parsed.data.intoId);
    revalidateCategoryPages();
    const count = moved.transactions + moved.splits;
    return { ok: true, message: `Merged: ${count} transaction${count === 1 ? '' : 's'} and ${moved.budgets} budget${moved.budgets === 1 ? '' : 's'} moved.`, submission: Date.now() };
  }, values);
}

/** Hide or show. A forged or stale id changes nothing (it reads as not found). */
export async function setCategoryHiddenAction(form: FormData): Promise<void> {
  const actor = await requireWorkspace('write');
  try {
    const id = readField(form, 'id');
    const hidden = readField(form, 'hidden') === 'true';
    await setCategoryHidden(getDb(), actor.workspaceId, id, hidden);
    await recordActivity(getDb(), actor, 'category.hidden', `${hidden ? 'Hid' : 'Showed'} the category “${await categoryLabel(getDb(), actor.workspaceId, id)}”`, id);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return;
  }
  revalidateCategoryPages();
}
