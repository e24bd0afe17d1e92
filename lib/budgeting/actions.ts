'use server';

import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/current-user';
import { isMonth } from '@/lib/dates';
import { getDb } from '@/lib/db';
import { invalidForm, readField, readFields, runFormAction, type FormState } from '@/lib/forms';
import { budgetInputSchema } from './budget-schema';
import { copyLastMonth, removeBudgetFrom, setBudget } from './budgets';

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
