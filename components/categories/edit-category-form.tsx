'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { updateCategoryAction } from '@/lib/categories/actions';
import type { FormState } from '@/lib/forms';
import { formMessageText } from './form-message-text';
import { ColorField } from './color-field';
import { GroupSelect, type GroupOption } from './group-select';

export type EditableCategory = { id: string; name: string; parentId: string | null; color: string | null; isGroup: boolean };

/** Rename, recolour and (for a category) move to another group of the same kind. */
export function EditCategoryForm({ category, groups }: { category: EditableCategory; groups: GroupOption[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateCategoryAction, {});
  const errors = state.fieldErrors ?? {};
  const v = state.values ?? {};
  const prefix = `edit-${category.id}`;
  return (
    <form key={state.submission ?? 0} action={action} className="space-y-3">
      <input type="hidden" name="id" value={category.id} />
      <TextField id={`${prefix}-name`} name="name" label={`New name for ${category.name}`} maxLength={80} required defaultValue={v.name ?? category.name} errors={errors.name} />
      {category.isGroup ? <input type="hidden" name="parentId" value="" /> : <GroupSelect id={`${prefix}-group`} groups={groups.filter((g) => g.id !== category.id)} defaultValue={v.parentId ?? category.parentId} errors={errors.parentId} />}
      <ColorField idPrefix={prefix} defaultValue={v.color ?? category.color} errors={errors.color} />
      <FormMessage message={formMessageText(state)} tone={state.ok ? 'success' : 'error'} />
      <SubmitButton pending={pending}>Save {category.name}</SubmitButton>
    </form>
  );
}
