'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { copyLastMonthAction, type BudgetActionState } from '@/app/(app)/budgets/actions';

export function CopyMonthForm({ month }: { month: string }) {
  const [state, action, pending] = useActionState<BudgetActionState, FormData>(copyLastMonthAction, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="month" value={month} />
      <Button type="submit" variant="secondary" disabled={pending}>Copy last month</Button>
      <FormMessage message={state.error} />
      <FormMessage message={state.message} tone="success" />
    </form>
  );
}
