'use client';

import { startRegistration } from '@simplewebauthn/browser';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { passkeyRegistrationOptionsAction, registerPasskeyAction } from '@/lib/auth/passkey-actions';
import type { FormState } from '@/lib/forms';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import { RecoveryCodesList } from './recovery-codes-list';

export function PasskeyRegisterForm() {
  const [state, setState] = useState<FormState>({});
  const [name, setName] = useState('');
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  function register() {
    startTransition(async () => {
      setState({});
      let answer: string;
      try {
        answer = JSON.stringify(await startRegistration(await passkeyRegistrationOptionsAction()));
      } catch {
        setState({ message: 'No passkey was created. Try again.' });
        return;
      }
      const result = await registerPasskeyAction(answer, name);
      setState(result);
      if (result.ok) {
        setName('');
        router.refresh();
      }
    });
  }
  return (
    <div className="max-w-sm space-y-3">
      <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
      {state.ok && state.values?.recoveryCodes ? <RecoveryCodesList codes={state.values.recoveryCodes} /> : null}
      <TextField name="passkeyName" label="Passkey name" value={name} maxLength={60} placeholder="Work laptop" onChange={(event) => setName(event.target.value)} />
      <Button type="button" onClick={register} disabled={pending}>
        {pending ? 'Waiting for the device…' : 'Add a passkey'}
      </Button>
    </div>
  );
}
