import { Button } from '@/components/ui/button';
import { Disclosure } from '@/components/ui/disclosure';
import { WriteOnly } from '@/components/workspaces/workspace-role';
import { setCategoryHiddenAction } from '@/lib/categories/actions';
import type { CategoryRow } from '@/lib/categories/ensure-categories';
import { CategorySwatch } from './category-swatch';
import { EditCategoryForm } from './edit-category-form';
import type { GroupOption } from './group-select';

const KIND_LABEL: Record<string, string> = { expense: 'Spending', income: 'Income', transfer: 'Transfers' };

function HideForm({ row }: { row: CategoryRow }) {
  return (
    <form action={setCategoryHiddenAction}>
      <input type="hidden" name="id" value={row.id} />
      <input type="hidden" name="hidden" value={row.hidden ? 'false' : 'true'} />
      <Button type="submit" variant="secondary" className="min-h-8 px-2 py-1 text-xs" aria-label={`${row.hidden ? 'Show' : 'Hide'} ${row.name}`}>
        {row.hidden ? 'Show in pickers' : 'Hide'}
      </Button>
    </form>
  );
}

function CategoryItem({ row, groups, isGroup }: { row: CategoryRow; groups: GroupOption[]; isGroup: boolean }) {
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className={`flex items-center gap-2 ${isGroup ? 'font-semibold' : ''}`}>
          <CategorySwatch color={row.color} />
          {row.name}
          {isGroup ? <span className="text-xs font-normal text-slate-600 dark:text-slate-400">{KIND_LABEL[row.kind] ?? row.kind}</span> : null}
          {row.hidden ? <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800 dark:bg-slate-800 dark:text-slate-100">Hidden</span> : null}
        </span>
        <WriteOnly>
          <HideForm row={row} />
        </WriteOnly>
      </div>
      <WriteOnly>
        <Disclosure title={`Edit ${row.name}`}>
          <EditCategoryForm category={{ id: row.id, name: row.name, parentId: row.parentId, color: row.color, isGroup }} groups={groups.filter((g) => g.kind === row.kind)} />
        </Disclosure>
      </WriteOnly>
    </div>
  );
}

/** Every category under its group, each with its edit form and a hide/show button (for those who may change them). */
export function CategoryList({ rows }: { rows: CategoryRow[] }) {
  const groupRows = rows.filter((row) => !row.parentId);
  const groups: GroupOption[] = groupRows.map((row) => ({ id: row.id, name: row.name, kind: row.kind }));
  return (
    <ul className="divide-y divide-slate-100 dark:divide-slate-800">
      {groupRows.map((group) => (
        <li key={group.id} aria-label={`Group ${group.name}`} className="space-y-3 py-4">
          <CategoryItem row={group} groups={groups} isGroup />
          <ul className="space-y-3 border-l border-slate-200 pl-4 dark:border-slate-700">
            {rows
              .filter((row) => row.parentId === group.id)
              .map((row) => (
                <li key={row.id} aria-label={`Category ${row.name}`}>
                  <CategoryItem row={row} groups={groups} isGroup={false} />
                </li>
              ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
