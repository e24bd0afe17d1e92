'use client';

import { useActionState } from 'react';
import { fieldClasses } from '@/components/transactions/category-select';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { FormState } from '@/lib/forms';
import { saveGoalAction } from '@/lib/goals/actions';

export type GoalLinkOptions = { accounts: { id: string; name: string }[]; categories: { id: string; label: string }[] };
export type GoalFormValues = { id: string; name: string; target: string; targetDate: string; link: string };

/** Add a goal, or edit one (`goal` given): name, target, date, and where the savings are kept. */
export function GoalForm({ goal, options }: { goal?: GoalFormValues; options: GoalLinkOptions }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveGoalAction, {});
  const errors = state.fieldErrors ?? {};
  const v = (state.ok && !goal ? {} : state.values) ?? goal ?? {};
  const prefix = goal ? `goal-${goal.id}` : 'new-goal';
  return (
    <form key={state.submission ?? 0} action={action} className="space-y-3">
      {goal ? <input type="hidden" name="id" value={goal.id} /> : null}
      <TextField id={`${prefix}-name`} name="name" label="Goal" placeholder="Holiday" maxLength={120} required defaultValue={v.name} errors={errors.name} />
      <TextField id={`${prefix}-target`} name="target" label="Amount to save" inputMode="decimal" placeholder="2500.00" required defaultValue={v.target} errors={errors.target} />
      <TextField id={`${prefix}-date`} name="targetDate" type="date" label="Reach it by" required defaultValue={v.targetDate} errors={errors.targetDate} />
      <div className="space-y-1">
        <label htmlFor={`${prefix}-link`} className="block text-sm font-medium">
          Saved in
        </label>
        <select id={`${prefix}-link`} name="link" defaultValue={v.link ?? ''} className={fieldClasses} aria-invalid={errors.link ? true : undefined} aria-describedby={`${prefix}-link-hint`}>
          <option value="">Choose an account or category</option>
          <optgroup label="Accounts (progress is the balance)">
            {options.accounts.map((a) => <option key={a.id} value={`account:${a.id}`}>{a.name}</option>)}
          </optgroup>
          <optgroup label="Categories (progress is what you put in from now on)">
            {options.categories.map((c) => <option key={c.id} value={`category:${c.id}`}>{c.label}</option>)}
          </optgroup>
        </select>
        <p id={`${prefix}-link-hint`} className="text-xs text-slate-600 dark:text-slate-400">An account counts its current balance; a category counts the money moved into it since the goal was added.</p>
        {errors.link ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{errors.link.join(' ')}</p> : null}
      </div>
      <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
      <SubmitButton pending={pending}>{goal ? `Save ${goal.name}` : 'Add goal'}</SubmitButton>
    </form>
  );
}
