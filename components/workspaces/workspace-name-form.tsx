'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { createWorkspaceAction, renameWorkspaceAction } from '@/lib/workspaces/actions';
import type { FormState } from '@/lib/forms';

/** Create a new shared workspace, or rename the current one. */
export function WorkspaceNameForm({ mode, current }: { mode: 'create' | 'rename'; current?: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(mode === 'create' ? createWorkspaceAction : renameWorkspaceAction, {});
  const id = `workspace-name-${mode}`;
  return (
    <form action={formAction} className="space-y-3" noValidate data-personal-form={mode === 'create' ? '' : undefined}>
      <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
      <TextField id={id} name="name" label={mode === 'create' ? 'Name of the new workspace' : 'Workspace name'} maxLength={80} defaultValue={state.values?.name ?? current ?? ''} errors={state.fieldErrors?.name} />
      <SubmitButton pending={pending} variant="secondary">
        {mode === 'create' ? 'Create workspace' : 'Rename'}
      </SubmitButton>
    </form>
  );
}
