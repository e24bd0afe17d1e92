'use client';

import { useActionState } from 'react';
import { deleteAccountAction } from '@/lib/account/actions';
import type { FormState } from '@/lib/forms';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';

export function DeleteAccountForm({ email }: { email: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(deleteAccountAction, {});
  return (
    <form key={state.submission} action={formAction} className="max-w-sm space-y-4" noValidate>
      <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
      <TextField
        name="confirmEmail"
        label={`Type ${email} to confirm`}
        type="email"
        autoComplete="off"
        required
        defaultValue={state.values?.confirmEmail}
        errors={state.fieldErrors?.confirmEmail}
      />
      <TextField name="password" label="Your password" type="password" autoComplete="current-password" required errors={state.fieldErrors?.password} />
      <SubmitButton pending={pending} busyLabel="Deleting…" variant="danger">
        Delete my account
      </SubmitButton>
    </form>
  );
}
