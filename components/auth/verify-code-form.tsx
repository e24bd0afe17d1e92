'use client';

import { useActionState } from 'react';
import { verifySecondFactorAction } from '@/lib/auth/two-factor-actions';
import type { FormState } from '@/lib/forms';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';

export function VerifyCodeForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(verifySecondFactorAction, {});
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ''} />
      <TextField
        name="code"
        label="Authenticator or recovery code"
        autoComplete="one-time-code"
        required
        autoFocus
        hint="Six digits from your app, or one of your recovery codes."
        errors={state.fieldErrors?.code}
      />
      <SubmitButton pending={pending} busyLabel="Checking…" className="w-full">
        Verify
      </SubmitButton>
    </form>
  );
}
