'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { commitImportAction } from '@/lib/import/actions';
import type { FormState } from '@/lib/forms';

/** The preview's "Import" button: the same file and mapping, now committed; a refusal shows here. */
export function CommitImportForm({ fields, label }: { fields: Record<string, string>; label: string }) {
  const [state, run, pending] = useActionState<FormState, FormData>(commitImportAction, {});
  return (
    <form action={run} className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.ok ? null : <FormMessage message={state.message} />}
      <Button type="submit" disabled={pending}>
        {pending ? 'Importing…' : label}
      </Button>
    </form>
  );
}
