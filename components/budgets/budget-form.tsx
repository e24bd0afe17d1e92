'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import { setBudgetAction } from '@/lib/budgeting/actions';
import type { FormState } from '@/lib/forms';
import { CategorySelect, type CategoryOption } from '@/components/transactions/category-select';
import { SubmitButton } from '@/components/ui/submit-button';

export function BudgetForm({ month, categories }: { month: string; categories: CategoryOption[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setBudgetAction, {});
  const errors = state.fieldErrors ?? {};
  return (
    // Remounted per submission so the fields show what was sent (React clears a form after its action).
    <form key={state.submission ?? 0} action={action} className="space-y-3">
      <input type="hidden" name="month" value={month} />
      <CategorySelect id="budget-category" name="categoryId" label="Category" categories={categories} emptyLabel="Choose a category" defaultValue={state.values?.categoryId} />
      {errors.categoryId ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{errors.categoryId.join(' ')}</p> : null}
      <TextField name="amount" label="Monthly amount" inputMode="decimal" placeholder="450.00" defaultValue={state.values?.amount} errors={errors.amount ?? errors.month} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="rollover" defaultChecked={state.values?.rollover === 'on'} className="size-4" /> Roll over what is left (or overspent) into next month
      </label>
      <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
      <SubmitButton pending={pending}>Save budget</SubmitButton>
    </form>
  );
}
