'use client';

import { useActionState } from 'react';
import { confirmTotpAction, disableTotpAction, regenerateRecoveryCodesAction, startTotpAction } from '@/lib/auth/two-factor-actions';
import type { FormState } from '@/lib/forms';
import { Disclosure } from '@/components/ui/disclosure';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { RecoveryCodesList } from './recovery-codes-list';

type Action = (previous: FormState, form: FormData) => Promise<FormState>;

export function StartTotpForm() {
  const [state, formAction, pending] = useActionState<FormState, FormData>(startTotpAction, {});
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage message={state.ok ? undefined : state.message} />
      <SubmitButton pending={pending} busyLabel="Preparing…">
        Set up an authenticator app
      </SubmitButton>
    </form>
  );
}

/**
 * The authenticator's whole panel. One component owns the confirm action's state, so the recovery
 * codes it returned stay on screen when the page re-renders into the "on" state (any action's
 * response refreshes the page: the session cookie is renewed).
 */
export function TotpPanel({ confirmed, secret, uri, unusedCodes }: { confirmed: boolean; secret: string | null; uri: string | null; unusedCodes: number }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(confirmTotpAction, {});
  if (state.ok && state.values?.recoveryCodes) {
    return (
      <div className="space-y-3">
        <FormMessage message={state.message} tone="success" />
        <RecoveryCodesList codes={state.values.recoveryCodes} />
        <a href="/settings" className="text-sm font-medium text-brand-600 underline dark:text-brand-100">
          I saved them
        </a>
      </div>
    );
  }
  if (confirmed) {
    return (
      <div className="space-y-4">
        <p className="text-sm">An authenticator app is on. Signing in asks for a code after the password. {unusedCodes} of 10 recovery codes are unused.</p>
        <Disclosure title="Make new recovery codes">
          <CodeConfirmedForm action={regenerateRecoveryCodesAction} label="Make new codes" busyLabel="Making…" variant="secondary" />
        </Disclosure>
        <Disclosure title="Turn off the authenticator app">
          <CodeConfirmedForm action={disableTotpAction} label="Turn off" busyLabel="Turning off…" variant="danger" />
        </Disclosure>
      </div>
    );
  }
  if (!secret || !uri) {
    return (
      <div className="space-y-3">
        <p className="text-sm">Ask for a code from an authenticator app after the password, so a stolen password is not enough.</p>
        <StartTotpForm />
      </div>
    );
  }
  // The secret as text (no QR image: that would need a library), then the first code to confirm it.
  return (
    <form action={formAction} className="max-w-md space-y-3" noValidate>
      <p className="text-sm">Add this key to your authenticator app (choose “enter a setup key”, time-based):</p>
      <p className="font-mono text-sm break-all" data-testid="totp-secret">
        {secret}
      </p>
      <p className="text-xs break-all text-slate-600 dark:text-slate-400">
        Or open this link on the device with the app: <a href={uri}>{uri}</a>
      </p>
      <TextField name="code" label="Code from the app" inputMode="numeric" autoComplete="one-time-code" required errors={state.fieldErrors?.code} />
      <SubmitButton pending={pending} busyLabel="Checking…">
        Turn on
      </SubmitButton>
    </form>
  );
}

/** A change to the factor itself (new recovery codes, turning it off), confirmed with a current code. */
export function CodeConfirmedForm({ action, label, busyLabel, variant }: { action: Action; label: string; busyLabel: string; variant?: 'secondary' | 'danger' }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <form action={formAction} className="max-w-sm space-y-3" noValidate>
      <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
      {state.ok && state.values?.recoveryCodes ? <RecoveryCodesList codes={state.values.recoveryCodes} /> : null}
      <TextField name="code" label="Authenticator or recovery code" autoComplete="one-time-code" required errors={state.fieldErrors?.code} />
      <SubmitButton pending={pending} busyLabel={busyLabel} variant={variant}>
        {label}
      </SubmitButton>
    </form>
  );
}
