'use client';

import { useActionState } from 'react';
import { changePasswordAction } from '@/lib/auth/actions';
import { PASSWORD_MIN } from '@/lib/auth/password-rules';
import type { FormState } from '@/lib/forms';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import { SubmitButton } from '@/components/ui/submit-button';

export function ChangePasswordForm() {
  const [state, formAction, pending] = useActionState<FormState, FormData>(changePasswordAction, {});
  return (
    <form action={formAction} className="max-w-sm space-y-4" noValidate>
      <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
      <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" required errors={state.fieldErrors?.currentPassword} />
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN} characters.`}
        errors={state.fieldErrors?.newPassword}
      />
      <TextField name="confirmPassword" label="Repeat new password" type="password" autoComplete="new-password" required errors={state.fieldErrors?.confirmPassword} />
      <SubmitButton pending={pending} busyLabel="Changing…">Change password</SubmitButton>
    </form>
  );
}
