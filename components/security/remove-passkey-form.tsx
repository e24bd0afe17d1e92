'use client';

import { useActionState } from 'react';
import { removePasskeyAction } from '@/lib/auth/passkey-actions';
import type { FormState } from '@/lib/forms';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

export function RemovePasskeyForm({ passkeyId, name }: { passkeyId: string; name: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(removePasskeyAction, {});
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="passkeyId" value={passkeyId} />
      <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
      <SubmitButton pending={pending} busyLabel="Removing…" variant="danger">
        <span aria-label={`Remove passkey ${name}`}>Remove</span>
      </SubmitButton>
    </form>
  );
}
