'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import { setBalanceValueAction } from '@/lib/accounts/actions';
import type { FormState } from '@/lib/forms';
import { SubmitButton } from '@/components/ui/submit-button';

/** A dated value: what the account held (or was worth, or was owed) at the start of that day. */
export function BalanceValueForm({ accountId, today, liability }: { accountId: string; today: string; liability: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setBalanceValueAction, {});
  const errors = state.fieldErrors ?? {};
  const values = state.ok ? {} : (state.values ?? {});
  return (
    <form key={state.submission ?? 0} action={action} className="grid gap-3 sm:grid-cols-3" aria-label="Add a value">
      <input type="hidden" name="accountId" value={accountId} />
      <TextField id={`value-day-${accountId}`} name="day" label="Date of the value" type="date" max={today} defaultValue={values.day ?? today} errors={errors.day} />
      <TextField id={`value-balance-${accountId}`} name="balance" label={liability ? 'Amount owed' : 'Value'} inputMode="decimal" placeholder="0.00" defaultValue={values.balance} errors={errors.balance} />
      <div className="flex flex-col justify-end gap-2">
        <SubmitButton pending={pending} variant="secondary">Save value</SubmitButton>
      </div>
      <div className="sm:col-span-3">
        <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
      </div>
    </form>
  );
}
