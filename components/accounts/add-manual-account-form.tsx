'use client';

import { useActionState } from 'react';
import { fieldClasses } from '@/components/transactions/category-select';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import { createManualAccountAction } from '@/lib/accounts/actions';
import type { ManualKind } from '@/lib/accounts/manual-kinds';
import type { FormState } from '@/lib/forms';
import { SubmitButton } from '@/components/ui/submit-button';

export function AddManualAccountForm({ kinds, today, defaultCurrency }: { kinds: { value: ManualKind; label: string }[]; today: string; defaultCurrency: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(createManualAccountAction, {});
  const errors = state.fieldErrors ?? {};
  const values = state.ok ? {} : (state.values ?? {});
  return (
    // Remounted per submission so a refused form shows what was sent and a saved one starts empty.
    <form key={state.submission ?? 0} action={action} className="grid gap-3 sm:grid-cols-2" aria-label="Add a manual account">
      <TextField id="manual-name" name="name" label="Account name" placeholder="Wallet, Our house, Car loan" defaultValue={values.name} errors={errors.name} />
      <div className="space-y-1">
        <label htmlFor="manual-kind" className="block text-sm font-medium">
          Kind
        </label>
        <select id="manual-kind" name="kind" defaultValue={values.kind ?? ''} aria-invalid={errors.kind ? true : undefined} aria-describedby={errors.kind ? 'manual-kind-error' : undefined} className={fieldClasses}>
          <option value="">Choose a kind</option>
          {kinds.map((kind) => (
            <option key={kind.value} value={kind.value}>
              {kind.label}
            </option>
          ))}
        </select>
        {errors.kind ? (
          <p id="manual-kind-error" role="alert" className="text-sm text-red-700 dark:text-red-400">
            {errors.kind.join(' ')}
          </p>
        ) : null}
      </div>
      <TextField id="manual-currency" name="currency" label="Currency" maxLength={3} autoCapitalize="characters" defaultValue={values.currency ?? defaultCurrency} errors={errors.currency} />
      <TextField id="manual-opening-date" name="openingDate" label="Opening date" type="date" max={today} defaultValue={values.openingDate ?? today} errors={errors.openingDate} />
      <TextField
        id="manual-opening-balance"
        name="openingBalance"
        label="Opening balance"
        inputMode="decimal"
        placeholder="0.00"
        hint="For a loan or card, what you owe. For a house or car, what it is worth."
        defaultValue={values.openingBalance}
        errors={errors.openingBalance}
      />
      <div className="flex flex-col justify-end gap-2 sm:col-span-2">
        <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
        <SubmitButton pending={pending} busyLabel="Adding…" className="sm:self-start">Add account</SubmitButton>
      </div>
    </form>
  );
}
