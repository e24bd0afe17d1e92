'use client';

import { useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import type { FormState } from '@/lib/forms';
import { saveSplit } from '@/lib/transactions/actions';
import { CategorySelect, fieldClasses, type CategoryOption } from './category-select';
import { SubmitButton } from '@/components/ui/submit-button';

type Part = { categoryId: string | null; amount: string };

/** Parts are typed as positive amounts; the server gives them the transaction's sign and checks the sum. */
export function SplitForm({ id, totalText, parts: initial, categories }: { id: string; totalText: string; parts: Part[]; categories: CategoryOption[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveSplit, {});
  const [parts, setParts] = useState<Part[]>(initial.length ? initial : [{ categoryId: null, amount: '' }, { categoryId: null, amount: '' }]);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <p className="text-sm text-slate-600 dark:text-slate-400">The parts must add up to {totalText}. Leave every part empty and save to remove the split.</p>
      {parts.map((part, index) => (
        <fieldset key={index} className="grid gap-2 sm:grid-cols-[1fr_10rem]">
          <legend className="sr-only">Part {index + 1}</legend>
          <CategorySelect id={`split-category-${index}`} name="splitCategory" label={`Part ${index + 1} category`} categories={categories} defaultValue={part.categoryId} />
          <div className="space-y-1">
            <label htmlFor={`split-amount-${index}`} className="block text-sm font-medium">Part {index + 1} amount</label>
            <input id={`split-amount-${index}`} name="splitAmount" inputMode="decimal" defaultValue={part.amount} className={fieldClasses} />
          </div>
        </fieldset>
      ))}
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="ghost" onClick={() => setParts([...parts, { categoryId: null, amount: '' }])} disabled={parts.length >= 20}>
          Add a part
        </Button>
        <SubmitButton pending={pending} variant="secondary">Save split</SubmitButton>
      </div>
      <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
    </form>
  );
}
