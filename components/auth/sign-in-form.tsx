'use client';

import { useActionState } from 'react';
import { signInAction } from '@/lib/auth/actions';
import type { FormState } from '@/lib/forms';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import { SubmitButton } from '@/components/ui/submit-button';

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(signInAction, {});
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ''} />
      <TextField name="email" defaultValue={state.values?.email} label="Email" type="email" autoComplete="email" required errors={state.fieldErrors?.email} />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required errors={state.fieldErrors?.password} />
      <SubmitButton pending={pending} busyLabel="Signing in…" className="w-full">Sign in</SubmitButton>
    </form>
  );
}
