export type CategoryOption = { id: string; name: string; parentId: string | null; kind: string };

const selectClasses =
  'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-500 focus:outline-2 focus:outline-brand-500 dark:border-slate-600 dark:bg-slate-900';
export const fieldClasses = selectClasses;

/** Categories grouped under their parents; a parent is itself selectable as "All of …". */
export function CategorySelect({
  id,
  name,
  label,
  categories,
  defaultValue,
  emptyLabel = 'Uncategorised',
  extraOptions,
}: {
  id: string;
  name: string;
  label: string;
  categories: CategoryOption[];
  defaultValue?: string | null;
  emptyLabel?: string;
  extraOptions?: { value: string; label: string }[];
}) {
  const parents = categories.filter((c) => !c.parentId);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue ?? ''} className={selectClasses}>
        <option value="">{emptyLabel}</option>
        {extraOptions?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {parents.map((parent) => (
          <optgroup key={parent.id} label={parent.name}>
            <option value={parent.id}>{parent.name} (general)</option>
            {categories
              .filter((c) => c.parentId === parent.id)
              .map((child) => (
                <option key={child.id} value={child.id}>
                  {child.name}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
