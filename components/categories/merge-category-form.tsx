'use client';

import { useActionState } from 'react';
import { CategorySelect, type CategoryOption } from '@/components/transactions/category-select';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { mergeCategoryAction } from '@/lib/categories/actions';
import type { FormState } from '@/lib/forms';
import { formMessageText } from './form-message-text';

/** Merge one category into another: its transactions, splits, rules and budgets move, then it is deleted. */
export function MergeCategoryForm({ categories }: { categories: CategoryOption[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(mergeCategoryAction, {});
  const errors = state.fieldErrors ?? {};
  const v = state.ok ? {} : (state.values ?? {});
  return (
    <form key={state.submission ?? 0} action={action} className="space-y-3">
      <CategorySelect id="merge-from" name="fromId" label="Merge this category" categories={categories} showHidden emptyLabel="Choose a category" defaultValue={v.fromId} />
      {errors.fromId ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{errors.fromId.join(' ')}</p> : null}
      <CategorySelect id="merge-into" name="intoId" label="Into this one" categories={categories} showHidden emptyLabel="Choose a category" defaultValue={v.intoId} />
      {errors.intoId ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{errors.intoId.join(' ')}</p> : null}
      <p className="text-xs text-slate-600 dark:text-slate-400">Its transactions, split parts, rules, goals and budgets move to the second category (budgets of the same month are added up), then the first is deleted. This cannot be undone.</p>
      <FormMessage message={formMessageText(state)} tone={state.ok ? 'success' : 'error'} />
      <SubmitButton pending={pending} busyLabel="Merging…" variant="danger">
        Merge categories
      </SubmitButton>
    </form>
  );
}
