'use client';

import { useActionState } from 'react';
import { CategorySelect, fieldClasses, type CategoryOption } from '@/components/transactions/category-select';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import { addManualTransactionAction, updateManualTransactionAction } from '@/lib/accounts/actions';
import type { FormState } from '@/lib/forms';
import { SubmitButton } from '@/components/ui/submit-button';

export type EditedTransaction = { id: string; day: string; amount: string; direction: 'in' | 'out'; description: string; categoryId: string | null };

/** A transaction typed in by hand (new, or one to correct): counted in budgets and the dashboard like the bank's. */
export function ManualTransactionForm({ accountId, today, categories, transaction }: { accountId: string; today: string; categories: CategoryOption[]; transaction?: EditedTransaction }) {
  const [state, action, pending] = useActionState<FormState, FormData>(transaction ? updateManualTransactionAction : addManualTransactionAction, {});
  const errors = state.fieldErrors ?? {};
  // A saved correction keeps showing the saved values; a saved new entry starts empty.
  const saved: Record<string, string> = transaction ? { day: transaction.day, amount: transaction.amount, direction: transaction.direction, description: transaction.description, categoryId: transaction.categoryId ?? '' } : {};
  const values = state.ok ? saved : (state.values ?? saved);
  const id = (name: string) => `tx-${name}-${transaction?.id ?? accountId}`;
  return (
    <form key={state.submission ?? 0} action={action} className="grid gap-3 sm:grid-cols-2" aria-label={transaction ? `Edit ${transaction.description}` : 'Add a transaction'}>
      <input type="hidden" name="accountId" value={accountId} />
      {transaction ? <input type="hidden" name="transactionId" value={transaction.id} /> : null}
      <TextField id={id('day')} name="day" label="Date" type="date" max={today} defaultValue={values.day ?? today} errors={errors.day} />
      <TextField id={id('description')} name="description" label="Description" maxLength={200} defaultValue={values.description} errors={errors.description} />
      <TextField id={id('amount')} name="amount" label="Amount" inputMode="decimal" placeholder="0.00" defaultValue={values.amount} errors={errors.amount} />
      <div className="space-y-1">
        <label htmlFor={id('direction')} className="block text-sm font-medium">
          Money in or out
        </label>
        <select id={id('direction')} name="direction" defaultValue={values.direction ?? 'out'} className={fieldClasses}>
          <option value="out">Money out</option>
          <option value="in">Money in</option>
        </select>
        {errors.direction ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{errors.direction.join(' ')}</p> : null}
      </div>
      <CategorySelect id={id('category')} name="categoryId" label="Category" categories={categories} defaultValue={values.categoryId} />
      {errors.categoryId ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{errors.categoryId.join(' ')}</p> : null}
      <div className="flex flex-col justify-end gap-2 sm:col-span-2">
        <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
        <SubmitButton pending={pending} variant="secondary" className="sm:self-start">{transaction ? 'Save transaction' : 'Add transaction'}</SubmitButton>
      </div>
    </form>
  );
}
