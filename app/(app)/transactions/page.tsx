import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ConnectBankEmptyState } from '@/components/shell/empty-state';
import { PageHeader } from '@/components/shell/page-header';
import { BulkForm } from '@/components/transactions/bulk-form';
import { CategorySelect } from '@/components/transactions/category-select';
import { FilterForm } from '@/components/transactions/filter-form';
import { ListTotals } from '@/components/transactions/list-totals';
import { Pager } from '@/components/transactions/pager';
import { TransactionTable } from '@/components/transactions/transaction-table';
import { buttonClasses } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { roleAllows } from '@/lib/workspaces/roles';
import { listHiddenAccountIds } from '@/lib/workspaces/visibility';
import { describeCategories } from '@/lib/categories/ensure-categories';
import { getDb } from '@/lib/db';
import type { PageCursor } from '@/lib/transactions/cursor';
import { filtersToSearchParams, parseTransactionFilters } from '@/lib/transactions/filters';
import { listTransactions } from '@/lib/transactions/list';
import { getTransactionTotals } from '@/lib/transactions/totals';
import { filtersAreOwned } from '@/lib/transactions/ownership';
import { getPickerData } from '@/lib/transactions/page-data';
import { bulkRecategorizeAction } from '@/lib/transactions/actions';

export const metadata: Metadata = { title: 'Transactions' };

export default async function TransactionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireWorkspace('read');
  const db = getDb();
  const { accounts, categories, tags } = await getPickerData(db, actor.workspaceId);
  if (accounts.length === 0) {
    return (
      <>
        <PageHeader title="Transactions" />
        <ConnectBankEmptyState title="Every transaction, searchable" description="Connect your bank to search, categorise, split and tag your transactions, and export them." />
      </>
    );
  }
  const parsed = parseTransactionFilters(await searchParams);
  const { errors } = parsed;
  const filters = { ...parsed.filters, hiddenAccountIds: await listHiddenAccountIds(db, actor.workspaceId, actor.id) };
  if (!(await filtersAreOwned(db, actor.workspaceId, filters))) notFound();
  const [{ items, next, previous }, totals] = await Promise.all([listTransactions(db, actor.workspaceId, filters), getTransactionTotals(db, actor.workspaceId, filters)]);
  const labels = describeCategories(categories);
  const link = (cursor: PageCursor) => `/transactions?${filtersToSearchParams({ ...filters, cursor })}`;
  // The role decides the table's shape (a checkbox column or none), not just one control, so it is read here.
  const canWrite = roleAllows(actor.role, 'write');
  const table = <TransactionTable items={items} categoryLabels={labels} listQuery={filtersToSearchParams(filters).toString()} selectable={canWrite} />;
  return (
    <>
      <PageHeader title="Transactions">
        <div className="flex flex-wrap gap-2">
          <Link href="/transactions/rules" className={buttonClasses('secondary')}>Rules</Link>
          <Link href="/transactions/payees" className={buttonClasses('secondary')}>Payees</Link>
          <a href={`/api/export/transactions?${filtersToSearchParams(filters, { after: null })}`} className={buttonClasses('secondary')} download>
            Export CSV
          </a>
        </div>
      </PageHeader>
      <FilterForm filters={filters} accounts={accounts} categories={categories} tags={tags} />
      {errors.length ? <div className="mb-4"><FormMessage message={`${errors.join(' ')} That filter was ignored.`} /></div> : null}
      <ListTotals totals={totals} categoryParts={Boolean(filters.categoryId && filters.categoryId !== 'none')} />
      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          No transactions match these filters{filters.cursor ? ' on this page' : ''}.
        </p>
      ) : canWrite ? (
        <BulkForm action={bulkRecategorizeAction} picker={<CategorySelect id="bulk-category" name="bulkCategory" label="New category for selected" categories={categories} />}>
          {table}
        </BulkForm>
      ) : (
        table
      )}
      <Pager previousHref={previous ? link(previous) : null} nextHref={next ? link(next) : null} />
    </>
  );
}
