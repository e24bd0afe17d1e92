'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { inviteMemberAction, type InviteState } from '@/lib/workspaces/actions';

/** Invite by email: the link is shown once to copy, and emailed when the server has SMTP. */
export function InviteForm() {
  const [state, formAction, pending] = useActionState<InviteState, FormData>(inviteMemberAction, {});
  return (
    <form action={formAction} className="space-y-3" noValidate key={state.submission}>
      <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
      {state.link ? (
        <p className="break-all rounded-md bg-slate-100 px-3 py-2 font-mono text-xs dark:bg-slate-800" data-testid="invitation-link">
          {state.link}
        </p>
      ) : null}
      <TextField name="email" type="email" label="Email address" autoComplete="off" maxLength={254} defaultValue={state.ok ? '' : state.values?.email} errors={state.fieldErrors?.email} />
      <div className="space-y-1">
        <label htmlFor="invite-role" className="block text-sm font-medium">
          Role
        </label>
        <select id="invite-role" name="role" defaultValue={state.values?.role ?? 'member'} className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm dark:border-slate-600 dark:bg-slate-900">
          <option value="member">Member — can change budgets, categories and transactions</option>
          <option value="viewer">Viewer — can look and export, not change</option>
        </select>
        {state.fieldErrors?.role ? <p className="text-sm text-red-700 dark:text-red-300">{state.fieldErrors.role.join(' ')}</p> : null}
      </div>
      <SubmitButton pending={pending} busyLabel="Inviting…">
        Invite
      </SubmitButton>
    </form>
  );
}
