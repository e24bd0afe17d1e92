'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import type { FormState } from '@/lib/forms';

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/** A one-button form (delete this, remove that) whose refusal is shown beside it, not as an error page. */
export function ActionButtonForm({ action, fields, label, name, pendingLabel, variant = 'ghost' }: { action: Action; fields: Record<string, string>; label: string; name?: string; pendingLabel: string; variant?: 'ghost' | 'danger' | 'secondary' }) {
  const [state, run, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <form action={run} className="inline-flex flex-col items-end gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending} aria-label={name} className="min-h-8 px-2 py-1">
        {pending ? pendingLabel : label}
      </Button>
      {state.ok ? null : <FormMessage message={state.message} />}
    </form>
  );
}
