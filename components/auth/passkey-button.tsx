'use client';

import { startAuthentication } from '@simplewebauthn/browser';
import { useState, useTransition } from 'react';
import { passkeyAuthenticationOptionsAction, signInWithPasskeyAction, verifyPasskeyFactorAction } from '@/lib/auth/passkey-actions';
import type { FormState } from '@/lib/forms';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';

type Mode = 'sign-in' | 'second-factor' | 'step-up';

/**
 * Runs a passkey ceremony in the browser and hands the answer to the server. "sign-in" is the
 * passwordless sign-in; "second-factor" finishes a sign-in; "step-up" confirms a signed-in session.
 */
export function PasskeyButton({ mode, callbackUrl, label }: { mode: Mode; callbackUrl?: string; label: string }) {
  const [state, setState] = useState<FormState>({});
  const [pending, startTransition] = useTransition();
  function run() {
    startTransition(async () => {
      setState({});
      let answer: string;
      try {
        const options = await passkeyAuthenticationOptionsAction(mode === 'sign-in' ? 'sign-in' : 'second-factor');
        answer = JSON.stringify(await startAuthentication(options));
      } catch {
        setState({ message: 'No passkey was used. Try again, or use another way.' });
        return;
      }
      const next = callbackUrl ?? '';
      const result = mode === 'sign-in' ? await signInWithPasskeyAction(answer, next) : await verifyPasskeyFactorAction(answer, next);
      setState(result);
    });
  }
  return (
    <div className="space-y-2">
      <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
      <Button type="button" variant="secondary" onClick={run} disabled={pending}>
        {pending ? 'Waiting for the passkey…' : label}
      </Button>
    </div>
  );
}
