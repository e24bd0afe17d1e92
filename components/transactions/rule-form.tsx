'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import type { FormState } from '@/lib/forms';
import { createRuleAction } from '@/lib/transactions/actions';
import { CategorySelect, fieldClasses, type CategoryOption } from './category-select';
import { SubmitButton } from '@/components/ui/submit-button';

export function RuleForm({ categories, accounts }: { categories: CategoryOption[]; accounts: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(createRuleAction, {});
  const errors = state.fieldErrors ?? {};
  const v = state.values ?? {};
  return (
    // Remounted per failed submission with what was typed (React clears a form after its action).
    <form key={state.submission ?? 0} action={action} className="space-y-4">
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold">When a transaction…</legend>
        <TextField name="descriptionContains" defaultValue={v.descriptionContains} label="Description contains" errors={errors.descriptionContains} />
        <TextField name="descriptionPattern" defaultValue={v.descriptionPattern} label="Description matches pattern (advanced)" hint="A regular expression, for example netflix|hulu. Case is ignored." errors={errors.descriptionPattern} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField name="minAmount" defaultValue={v.minAmount} label="Amount at least" inputMode="decimal" errors={errors.minAmount} />
          <TextField name="maxAmount" defaultValue={v.maxAmount} label="Amount at most" inputMode="decimal" errors={errors.maxAmount} />
        </div>
        <div className="space-y-1">
          <label htmlFor="rule-account" className="block text-sm font-medium">In account</label>
          <select id="rule-account" name="accountId" className={fieldClasses} defaultValue={v.accountId ?? ''}>
            <option value="">Any account</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>{a.name}</option>
            ))}
          </select>
        </div>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold">…then</legend>
        <CategorySelect id="rule-category" name="setCategoryId" label="Set category" categories={categories} emptyLabel="Leave the category" defaultValue={v.setCategoryId} />
        {errors.setCategoryId ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{errors.setCategoryId.join(' ')}</p> : null}
        <TextField name="setMerchantName" defaultValue={v.setMerchantName} label="Rename merchant to" errors={errors.setMerchantName} />
        <TextField name="addTagName" defaultValue={v.addTagName} label="Add tag" errors={errors.addTagName} />
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="applyNow" defaultChecked className="size-4" /> Also apply to existing transactions
      </label>
      <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
      <SubmitButton pending={pending}>Save rule</SubmitButton>
    </form>
  );
}
