'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import { formatDateTime } from '@/lib/dates';
import { createReportAction, type CreateReportState } from '@/lib/reports/actions';
import { SubmitButton } from '@/components/ui/submit-button';

export function CreateReportForm() {
  const [state, formAction, pending] = useActionState<CreateReportState, FormData>(createReportAction, {});
  const shareUrl = state.sharePath && typeof window !== 'undefined' ? new URL(state.sharePath, window.location.origin).toString() : state.sharePath;
  return (
    <div className="grid gap-4">
      <form action={formAction} className="grid max-w-xl gap-4 sm:grid-cols-[1fr_10rem_auto] sm:items-end" noValidate>
        <TextField key={`title-${state.sharePath ?? ''}`} name="title" label="Report title" placeholder="Mortgage pre-approval" defaultValue={state.values?.title ?? ''} errors={state.fieldErrors?.title} required />
        <TextField name="expiresInDays" label="Link lasts (days)" inputMode="numeric" defaultValue={state.values?.expiresInDays ?? '7'} errors={state.fieldErrors?.expiresInDays} />
        <SubmitButton pending={pending} busyLabel="Creating…">Create report</SubmitButton>
      </form>
      <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
      {shareUrl ? (
        <div className="grid max-w-xl gap-2">
          <label htmlFor="share-link" className="text-sm font-medium">
            Share link
          </label>
          <input id="share-link" readOnly value={shareUrl} onFocus={(event) => event.currentTarget.select()} className="w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm dark:border-slate-600 dark:bg-slate-800" />
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Anyone with this link can see the report until {state.expiresAt ? formatDateTime(state.expiresAt) : 'it expires'}, unless you revoke it.{' '}
            <a href={state.sharePath} target="_blank" rel="noreferrer" className="underline">
              Open it
            </a>
          </p>
        </div>
      ) : null}
    </div>
  );
}
