'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import type { FormState } from '@/lib/forms';
import { saveTransactionDetails } from '@/lib/transactions/actions';
import { CategorySelect, type CategoryOption } from './category-select';
import { SubmitButton } from '@/components/ui/submit-button';

export function DetailsForm({
  tx,
  categories,
}: {
  tx: { id: string; categoryId: string | null; merchantName: string | null; notes: string | null; tags: string[] };
  categories: CategoryOption[];
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveTransactionDetails, {});
  return (
    // Keyed on the saved values: after a save the page's fresh props remount it with them.
    <form key={`${tx.categoryId}|${tx.merchantName}|${tx.notes}|${tx.tags.join(',')}`} action={action} className="space-y-4">
      <input type="hidden" name="id" value={tx.id} />
      <CategorySelect id="categoryId" name="categoryId" label="Category" categories={categories} defaultValue={tx.categoryId} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="always" className="size-4" /> Always categorize like this (creates a rule)
      </label>
      <TextField name="merchantName" label="Merchant name" hint="For this transaction only; rename the payee to change them all." defaultValue={tx.merchantName ?? ''} errors={state.fieldErrors?.merchantName} />
      <TextField name="tags" label="Tags" hint="Separate tags with commas." defaultValue={tx.tags.join(', ')} errors={state.fieldErrors?.tags} />
      <div className="space-y-1">
        <label htmlFor="notes" className="block text-sm font-medium">Notes</label>
        <textarea id="notes" name="notes" rows={3} defaultValue={tx.notes ?? ''} className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-600 dark:bg-slate-900" />
      </div>
      <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
      <SubmitButton pending={pending}>Save changes</SubmitButton>
    </form>
  );
}
