'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { FormState } from '@/lib/forms';
import { saveMoneySettingsAction } from '@/lib/money-meaning/actions';
import type { MoneySettings } from '@/lib/money-meaning/definitions';

type Choice = { value: string; label: string };

const QUESTIONS: { name: keyof MoneySettings; legend: string; choices: Choice[] }[] = [
  {
    name: 'savingsContributions',
    legend: 'Money moved to savings or investment accounts',
    choices: [{ value: 'transfer', label: 'A transfer, not spending' }, { value: 'spending', label: 'Spending' }],
  },
  {
    name: 'ownerDraws',
    legend: "Owner's draws from a business",
    choices: [{ value: 'separate', label: 'Shown separately, not spending' }, { value: 'spending', label: 'Spending' }],
  },
  {
    name: 'loanPayments',
    legend: 'Loan and mortgage payments (principal and interest)',
    choices: [{ value: 'spending', label: 'Spending, the whole payment' }, { value: 'transfer', label: 'A transfer, not spending' }],
  },
];

/** How the dashboard, cash flow, budgets, spending and lending reports count money. */
export function MoneySettingsForm({ initial }: { initial: MoneySettings }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(saveMoneySettingsAction, {});
  const current = (name: keyof MoneySettings) => state.values?.[name] ?? initial[name];
  return (
    <form action={formAction} className="space-y-4" aria-label="What counts as spending" key={state.submission}>
      <p className="text-sm text-slate-600 dark:text-slate-400">One meaning on every page and report. Transfers between your own accounts are never spending.</p>
      <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
      {QUESTIONS.map((question) => (
        <fieldset key={question.name}>
          <legend className="text-sm font-medium">{question.legend}</legend>
          <div className="mt-2 flex flex-wrap gap-4">
            {question.choices.map((choice) => (
              <label key={choice.value} className="flex items-center gap-2 text-sm">
                <input type="radio" name={question.name} value={choice.value} defaultChecked={current(question.name) === choice.value} className="h-4 w-4 accent-brand-600" />
                {choice.label}
              </label>
            ))}
          </div>
          {state.fieldErrors?.[question.name]?.map((error) => <p key={error} className="mt-1 text-sm text-red-700 dark:text-red-400">{error}</p>)}
        </fieldset>
      ))}
      <SubmitButton pending={pending}>Save what counts</SubmitButton>
    </form>
  );
}
