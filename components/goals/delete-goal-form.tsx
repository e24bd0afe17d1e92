'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { FormState } from '@/lib/forms';
import { deleteGoalAction } from '@/lib/goals/actions';

export function DeleteGoalForm({ id, name }: { id: string; name: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteGoalAction, {});
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <SubmitButton pending={pending} variant="danger" busyLabel="Deleting…">Delete {name}</SubmitButton>
      <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
    </form>
  );
}
