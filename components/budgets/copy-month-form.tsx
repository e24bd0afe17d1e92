'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { copyLastMonthAction } from '@/lib/budgeting/actions';
import type { FormState } from '@/lib/forms';

export function CopyMonthForm({ month }: { month: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(copyLastMonthAction, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="month" value={month} />
      <Button type="submit" variant="secondary" disabled={pending}>Copy last month</Button>
      <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
    </form>
  );
}
