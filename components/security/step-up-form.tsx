'use client';

import { useActionState, type ReactNode } from 'react';
import { confirmIdentityAction } from '@/lib/auth/two-factor-actions';
import type { FormState } from '@/lib/forms';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';

/** Proves a factor again (a code, or the password without 2FA) before a risky action. */
export function StepUpForm({ withCode, children }: { withCode: boolean; children?: ReactNode }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(confirmIdentityAction, {});
  return (
    <div className="max-w-sm space-y-3">
      <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
      <form action={formAction} className="space-y-3" noValidate>
        {withCode ? (
          <TextField name="code" id="step-up-code" label="Authenticator or recovery code" autoComplete="one-time-code" required errors={state.fieldErrors?.code} />
        ) : (
          <TextField name="password" id="step-up-password" label="Your password" type="password" autoComplete="current-password" required errors={state.fieldErrors?.password} />
        )}
        <SubmitButton pending={pending} busyLabel="Checking…" variant="secondary">
          Confirm it’s you
        </SubmitButton>
      </form>
      {children}
    </div>
  );
}
