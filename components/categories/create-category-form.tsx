'use client';

import { useActionState } from 'react';
import { fieldClasses } from '@/components/transactions/category-select';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { createCategoryAction } from '@/lib/categories/actions';
import type { FormState } from '@/lib/forms';
import { formMessageText } from './form-message-text';
import { ColorField } from './color-field';
import { GroupSelect, type GroupOption } from './group-select';

export function CreateCategoryForm({ groups }: { groups: GroupOption[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(createCategoryAction, {});
  const errors = state.fieldErrors ?? {};
  const v = state.ok ? {} : (state.values ?? {});
  return (
    <form key={state.submission ?? 0} action={action} className="space-y-3">
      <TextField id="new-category-name" name="name" label="Name" maxLength={80} required defaultValue={v.name} errors={errors.name} />
      <GroupSelect id="new-category-group" groups={groups} defaultValue={v.parentId} errors={errors.parentId} />
      <div className="space-y-1">
        <label htmlFor="new-category-kind" className="block text-sm font-medium">
          Kind (for a new group; a category takes its group&apos;s)
        </label>
        <select id="new-category-kind" name="kind" defaultValue={v.kind ?? 'expense'} className={fieldClasses}>
          <option value="expense">Spending</option>
          <option value="income">Income</option>
          <option value="transfer">Transfers (left out of income and spending)</option>
        </select>
      </div>
      <ColorField idPrefix="new-category" defaultValue={v.color} errors={errors.color} />
      <FormMessage message={formMessageText(state)} tone={state.ok ? 'success' : 'error'} />
      <SubmitButton pending={pending}>Add category</SubmitButton>
    </form>
  );
}
