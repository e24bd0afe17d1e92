'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { acceptInvitationAction } from '@/lib/workspaces/actions';
import type { FormState } from '@/lib/forms';

export function AcceptInvitationForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(acceptInvitationAction, {});
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage message={state.message} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pending={pending} busyLabel="Joining…">
        Accept and join
      </SubmitButton>
    </form>
  );
}
