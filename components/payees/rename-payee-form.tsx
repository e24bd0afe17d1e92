'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { FormState } from '@/lib/forms';
import { renamePayeeAction } from '@/lib/payees/actions';

/** Renames one payee on all its transactions and future ones; `id` keeps labels unique when several are on a page. */
export function RenamePayeeForm({ payeeKey, name, count, id = 'payee-name' }: { payeeKey: string; name: string; count: number; id?: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(renamePayeeAction, {});
  return (
    <form key={name} action={action} className="space-y-2">
      <input type="hidden" name="payeeKey" value={payeeKey} />
      <TextField
        id={id}
        name="name"
        label="Payee name"
        defaultValue={state.values?.name ?? name}
        maxLength={100}
        hint={`Applies to all ${count} transaction${count === 1 ? '' : 's'} from this payee and to new ones. Leave empty to use the bank's name.`}
        errors={state.fieldErrors?.name}
      />
      <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
      <SubmitButton pending={pending}>Rename payee</SubmitButton>
    </form>
  );
}
