import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { toIsoDay } from '@/lib/dates';
import { minorUnitsToDecimal } from '@/lib/money';
import { countActiveFilters } from '@/lib/transactions/active-filters';
import type { TransactionFilters } from '@/lib/transactions/filters';
import { CategorySelect, fieldClasses, type CategoryOption } from './category-select';
import { FilterPanel } from './filter-panel';

const day = (date: Date | null) => (date ? toIsoDay(date) : '');

function Field({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
    </div>
  );
}

/** A select of named options with an "all" choice first. */
function OptionsField({ id, name, label, emptyLabel, value, options }: { id: string; name: string; label: string; emptyLabel: string; value: string | null | undefined; options: { id: string; name: string }[] }) {
  return (
    <Field id={id} label={label}>
      <select id={id} name={name} defaultValue={value ?? ''} className={fieldClasses}>
        <option value="">{emptyLabel}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>{option.name}</option>
        ))}
      </select>
    </Field>
  );
}

/** A plain GET form: filters live in the URL, work without JavaScript, and feed the CSV export. */
export function FilterForm({
  filters,
  accounts,
  categories,
  tags,
}: {
  filters: TransactionFilters;
  accounts: { id: string; name: string }[];
  categories: CategoryOption[];
  tags: { id: string; name: string }[];
}) {
  return (
    <form method="get" action="/transactions" role="search" aria-label="Filter transactions" className="mb-4 sm:rounded-lg sm:border sm:border-slate-200 sm:bg-white sm:p-4 sm:dark:border-slate-800 sm:dark:bg-slate-900">
      <FilterPanel activeCount={countActiveFilters(filters)}>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <Field id="f-q" label="Search">
            <input id="f-q" name="q" type="search" defaultValue={filters.q ?? ''} placeholder="Description, merchant or amount" className={fieldClasses} />
          </Field>
          <OptionsField id="f-account" name="account" label="Account" emptyLabel="All accounts" value={filters.accountId} options={accounts} />
          <CategorySelect id="f-category" name="category" label="Category" categories={categories} defaultValue={filters.categoryId} emptyLabel="All categories" showHidden extraOptions={[{ value: 'none', label: 'Uncategorised' }]} />
          <OptionsField id="f-tag" name="tag" label="Tag" emptyLabel="Any tag" value={filters.tagId} options={tags} />
          <Field id="f-from" label="From">
            <input id="f-from" name="from" type="date" defaultValue={day(filters.from)} className={fieldClasses} />
          </Field>
          <Field id="f-to" label="To">
            <input id="f-to" name="to" type="date" defaultValue={day(filters.to)} className={fieldClasses} />
          </Field>
          <Field id="f-min" label="Smallest amount">
            <input id="f-min" name="min" inputMode="decimal" defaultValue={filters.minAmountMinor === null ? '' : minorUnitsToDecimal(filters.minAmountMinor)} className={fieldClasses} />
          </Field>
          <Field id="f-max" label="Largest amount">
            <input id="f-max" name="max" inputMode="decimal" defaultValue={filters.maxAmountMinor === null ? '' : minorUnitsToDecimal(filters.maxAmountMinor)} className={fieldClasses} />
          </Field>
          <Field id="f-status" label="Status">
            <select id="f-status" name="status" defaultValue={filters.status} className={fieldClasses}>
              <option value="all">Pending and posted</option>
              <option value="pending">Pending only</option>
              <option value="posted">Posted only</option>
            </select>
          </Field>
          <Field id="f-sort" label="Sort by">
            <select id="f-sort" name="sort" defaultValue={filters.sort} className={fieldClasses}>
              <option value="date_desc">Newest first</option>
              <option value="date_asc">Oldest first</option>
              <option value="amount_desc">Largest money in first</option>
              <option value="amount_asc">Largest money out first</option>
            </select>
          </Field>
        </div>
        <div className="mt-3 flex flex-wrap gap-2">
          <Button type="submit">Apply filters</Button>
          <Link href="/transactions" className="inline-flex min-h-10 items-center px-3 text-sm font-medium text-brand-700 underline dark:text-brand-100">
            Clear filters
          </Link>
        </div>
      </FilterPanel>
    </form>
  );
}
