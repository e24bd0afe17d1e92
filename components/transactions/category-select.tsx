export type CategoryOption = { id: string; name: string; parentId: string | null; kind: string; hidden?: boolean };

const selectClasses =
  'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-500 focus:outline-2 focus:outline-brand-500 dark:border-slate-600 dark:bg-slate-900';
export const fieldClasses = selectClasses;

/**
 * Categories grouped under their parents; a parent is itself selectable as "All of …". Hidden
 * categories (and those of a hidden group) are not offered, except the one already chosen, so
 * editing an old transaction never silently drops its category; `showHidden` offers them all
 * (filters and merging, where history matters).
 */
export function CategorySelect({
  id,
  name,
  label,
  categories,
  defaultValue,
  emptyLabel = 'Uncategorised',
  extraOptions,
  showHidden = false,
}: {
  id: string;
  name: string;
  label: string;
  categories: CategoryOption[];
  defaultValue?: string | null;
  emptyLabel?: string;
  extraOptions?: { value: string; label: string }[];
  showHidden?: boolean;
}) {
  const hiddenGroups = new Set(categories.filter((c) => !c.parentId && c.hidden).map((c) => c.id));
  const offered = (c: CategoryOption) => showHidden || c.id === defaultValue || !(c.hidden || (c.parentId && hiddenGroups.has(c.parentId)));
  const optionLabel = (c: CategoryOption, name: string) => (c.hidden && showHidden ? `${name} (hidden)` : name);
  const parents = categories.filter((c) => !c.parentId && (offered(c) || categories.some((child) => child.parentId === c.id && offered(child))));
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
            {offered(parent) ? <option value={parent.id}>{optionLabel(parent, `${parent.name} (general)`)}</option> : null}
            {categories
              .filter((c) => c.parentId === parent.id && offered(c))
              .map((child) => (
                <option key={child.id} value={child.id}>
                  {optionLabel(child, child.name)}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
