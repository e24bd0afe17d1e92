'use client';

import { useActionState, type ReactNode } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import type { FormState } from '@/lib/forms';
import { SubmitButton } from '@/components/ui/submit-button';

/** Wraps the list so row checkboxes ("ids") and the category picker submit together. */
export function BulkForm({ action, picker, children }: { action: (state: FormState, form: FormData) => Promise<FormState>; picker: ReactNode; children: ReactNode }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction}>
      <div className="mb-3 flex flex-wrap items-end gap-3">
        <div className="min-w-56">{picker}</div>
        <SubmitButton pending={pending} variant="secondary">Re-categorize selected</SubmitButton>
      </div>
      <div className="mb-3 space-y-2">
        <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
      </div>
      {children}
    </form>
  );
}
