'use client';

import { useActionState } from 'react';
import { signUpAction } from '@/lib/auth/actions';
import { PASSWORD_MIN } from '@/lib/auth/password-rules';
import type { FormState } from '@/lib/forms';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import { SubmitButton } from '@/components/ui/submit-button';

export function SignUpForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(signUpAction, {});
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ''} />
      <FormMessage message={state.message} />
      <TextField name="name" defaultValue={state.values?.name} label="Name (optional)" autoComplete="name" maxLength={100} errors={state.fieldErrors?.name} />
      <TextField name="email" defaultValue={state.values?.email} label="Email" type="email" autoComplete="email" required errors={state.fieldErrors?.email} />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN} characters. A few unrelated words make a strong one.`}
        errors={state.fieldErrors?.password}
      />
      <TextField name="confirmPassword" label="Repeat password" type="password" autoComplete="new-password" required errors={state.fieldErrors?.confirmPassword} />
      <SubmitButton pending={pending} busyLabel="Creating your account…" className="w-full">Create account</SubmitButton>
    </form>
  );
}
