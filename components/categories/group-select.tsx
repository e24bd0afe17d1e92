import { fieldClasses } from '@/components/transactions/category-select';

export type GroupOption = { id: string; name: string; kind: string };

/** The group a category sits in; blank makes it a group of its own. */
export function GroupSelect({ id, groups, defaultValue, errors }: { id: string; groups: GroupOption[]; defaultValue?: string | null; errors?: string[] }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        Group
      </label>
      <select id={id} name="parentId" defaultValue={defaultValue ?? ''} className={fieldClasses} aria-invalid={errors?.length ? true : undefined}>
        <option value="">No group (a new group)</option>
        {groups.map((group) => (
          <option key={group.id} value={group.id}>
            {group.name}
          </option>
        ))}
      </select>
      {errors?.length ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{errors.join(' ')}</p> : null}
    </div>
  );
}
