'use client';

import { useActionState } from 'react';
import { fieldClasses } from '@/components/transactions/category-select';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { useCanWrite } from '@/components/workspaces/workspace-role';
import { deleteTagAction, mergeTagAction, renameTagAction } from '@/lib/budgeting/actions';
import type { FormState } from '@/lib/forms';

type Tag = { id: string; name: string; transactionCount: number };

function RenameTagForm({ tag }: { tag: Tag }) {
  const [state, action, pending] = useActionState<FormState, FormData>(renameTagAction, {});
  return (
    <form key={state.submission ?? 0} action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="id" value={tag.id} />
      <TextField id={`tag-${tag.id}-name`} name="name" label={`Rename ${tag.name}`} maxLength={80} defaultValue={state.ok ? undefined : state.values?.name ?? tag.name} errors={state.fieldErrors?.name} />
      <SubmitButton pending={pending} variant="secondary">Rename</SubmitButton>
      <div className="basis-full">{state.fieldErrors ? null : <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />}</div>
    </form>
  );
}

function MergeTagForm({ tag, others }: { tag: Tag; others: Tag[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(mergeTagAction, {});
  const id = `tag-${tag.id}-into`;
  return (
    <form key={state.submission ?? 0} action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="fromId" value={tag.id} />
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium">Merge {tag.name} into</label>
        <select id={id} name="intoId" className={fieldClasses} defaultValue="">
          <option value="">Choose a tag</option>
          {others.map((other) => <option key={other.id} value={other.id}>{other.name}</option>)}
        </select>
      </div>
      <SubmitButton pending={pending} variant="secondary" busyLabel="Merging…">Merge</SubmitButton>
      <div className="basis-full"><FormMessage message={state.fieldErrors?.intoId?.join(' ') ?? state.message} tone={state.ok ? 'success' : 'error'} /></div>
    </form>
  );
}

function DeleteTagForm({ tag }: { tag: Tag }) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteTagAction, {});
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={tag.id} />
      <SubmitButton pending={pending} variant="danger" busyLabel="Deleting…">Delete {tag.name}</SubmitButton>
      <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
    </form>
  );
}

/** Each tag with its count, and rename, merge and delete (delete keeps the transactions) for those who may change them. */
export function TagManager({ tags }: { tags: Tag[] }) {
  const canWrite = useCanWrite();
  if (tags.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No tags yet.{canWrite ? ' Add them to a transaction, or have a rule add them.' : null}</p>;
  return (
    <ul className="divide-y divide-slate-100 dark:divide-slate-800">
      {tags.map((tag) => (
        <li key={tag.id} aria-label={`Tag ${tag.name}`} className="space-y-3 py-4">
          <p className="font-medium">
            {tag.name} <span className="text-sm font-normal text-slate-600 dark:text-slate-400">· {tag.transactionCount} transaction{tag.transactionCount === 1 ? '' : 's'}</span>
          </p>
          {canWrite ? (
            <>
              <RenameTagForm tag={tag} />
              {tags.length > 1 ? <MergeTagForm tag={tag} others={tags.filter((other) => other.id !== tag.id)} /> : null}
              <DeleteTagForm tag={tag} />
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
