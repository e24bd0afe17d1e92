'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/current-user';
import { budgetInputSchema } from '@/lib/budgeting/budget-schema';
import { copyLastMonth, deleteBudget, setBudget } from '@/lib/budgeting/budgets';
import { InputError } from '@/lib/budgeting/errors';
import { isMonth } from '@/lib/dates';
import { getDb } from '@/lib/db';

export type BudgetActionState = { error?: string; fieldErrors?: Record<string, string[]>; message?: string; values?: Record<string, string>; submission?: number };

export async function setBudgetAction(_: BudgetActionState, form: FormData): Promise<BudgetActionState> {
  const user = await requireUser();
  const values = { categoryId: String(form.get('categoryId') ?? ''), month: String(form.get('month') ?? ''), amount: String(form.get('amount') ?? ''), rollover: String(form.get('rollover') ?? '') };
  // The typed values go back with any error, so the form can show them again.
  const submission = Date.now();
  const parsed = budgetInputSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>, values, submission };
  try {
    await setBudget(getDb(), user.id, parsed.data);
  } catch (error) {
    if (error instanceof InputError) return { error: error.message, values, submission };
    throw error;
  }
  revalidatePath('/budgets');
  revalidatePath('/dashboard');
  return { message: 'Budget saved.', submission };
}

export async function copyLastMonthAction(_: BudgetActionState, form: FormData): Promise<BudgetActionState> {
  const user = await requireUser();
  const month = String(form.get('month') ?? '');
  if (!isMonth(month)) return { error: 'Choose a real month.' };
  try {
    const copied = await copyLastMonth(getDb(), user.id, month);
    revalidatePath('/budgets');
    return { message: copied ? `Copied ${copied} budget${copied === 1 ? '' : 's'} from last month.` : 'Every budget from last month is already set for this month.' };
  } catch (error) {
    if (error instanceof InputError) return { error: error.message };
    throw error;
  }
}

export async function deleteBudgetAction(form: FormData): Promise<void> {
  const user = await requireUser();
  await deleteBudget(getDb(), user.id, String(form.get('budgetId') ?? ''));
  revalidatePath('/budgets');
}
