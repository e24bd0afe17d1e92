import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RenamePayeeForm } from '@/components/payees/rename-payee-form';
import { PageHeader } from '@/components/shell/page-header';
import { DetailsForm } from '@/components/transactions/details-form';
import { Money } from '@/components/transactions/money';
import { SplitForm } from '@/components/transactions/split-form';
import { Card } from '@/components/ui/card';
import { WriteOnly } from '@/components/workspaces/workspace-role';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { listHiddenAccountIds } from '@/lib/workspaces/visibility';
import { latestActivityFor } from '@/lib/workspaces/activity';
import { describeCategories, ensureDefaultCategories } from '@/lib/categories/ensure-categories';
import { formatDate } from '@/lib/dates';
import { getDb } from '@/lib/db';
import { formatMoney, minorUnitsToDecimal } from '@/lib/money';
import { countPayeeTransactions } from '@/lib/payees/list-payees';
import { filtersToSearchParams, parseTransactionFilters } from '@/lib/transactions/filters';
import { getTransaction } from '@/lib/transactions/list';

export const metadata: Metadata = { title: 'Transaction' };

export default async function TransactionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireWorkspace('read');
  const { id } = await params;
  const db = getDb();
  // Someone else's id reads exactly like a missing one.
  const tx = await getTransaction(db, actor.workspaceId, id);
  if (!tx || (await listHiddenAccountIds(db, actor.workspaceId, actor.id)).includes(tx.accountId)) notFound();
  const [categories, payeeCount, lastChange] = await Promise.all([
    ensureDefaultCategories(db, actor.workspaceId),
    tx.payeeKey ? countPayeeTransactions(db, actor.workspaceId, tx.payeeKey) : 0,
    latestActivityFor(db, actor.workspaceId, tx.id),
  ]);
  // The list's filters came along in the URL; read back through the filter parser, so only real filters return.
  const back = filtersToSearchParams(parseTransactionFilters(await searchParams).filters).toString();
  const abs = (minor: bigint) => minorUnitsToDecimal(minor < 0n ? -minor : minor);
  const labels = describeCategories(categories);
  const categoryText = (categoryId: string | null) => (categoryId ? (labels.get(categoryId)?.label ?? '—') : 'Uncategorised');
  // A viewer sees what the forms would show, as text.
  const readOnlyDetails = (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="text-slate-600 dark:text-slate-400">Category</dt>
      <dd>{tx.splits.length ? `Split (${tx.splits.length})` : categoryText(tx.categoryId)}</dd>
      {tx.payee ? (
        <>
          <dt className="text-slate-600 dark:text-slate-400">Payee</dt>
          <dd>{tx.payee}</dd>
        </>
      ) : null}
      {tx.merchantName ? (
        <>
          <dt className="text-slate-600 dark:text-slate-400">Merchant name</dt>
          <dd>{tx.merchantName}</dd>
        </>
      ) : null}
      <dt className="text-slate-600 dark:text-slate-400">Tags</dt>
      <dd>{tx.tags.length ? tx.tags.map((t) => t.tag.name).join(', ') : '—'}</dd>
      <dt className="text-slate-600 dark:text-slate-400">Notes</dt>
      <dd className="whitespace-pre-line">{tx.notes || '—'}</dd>
    </dl>
  );
  const readOnlySplit = tx.splits.length ? (
    <Card title="Split across categories">
      <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
        {tx.splits.map((s) => (
          <li key={s.id} className="flex justify-between gap-3 py-1">
            <span>{categoryText(s.categoryId)}</span>
            <Money minor={s.amountMinor} currency={tx.currency} signed />
          </li>
        ))}
      </ul>
    </Card>
  ) : null;
  return (
    <>
      <PageHeader title={tx.merchantName ?? tx.payee ?? tx.bankMerchantName ?? tx.description}>
        <Link href={back ? `/transactions?${back}` : '/transactions'} className="text-sm font-medium text-brand-700 underline dark:text-brand-100">Back to transactions</Link>
      </PageHeader>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Details">
          <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600 dark:text-slate-400">Amount</dt>
            <dd><Money minor={tx.amountMinor} currency={tx.currency} signed /></dd>
            <dt className="text-slate-600 dark:text-slate-400">Date</dt>
            <dd>{formatDate(tx.bookedOn)}</dd>
            <dt className="text-slate-600 dark:text-slate-400">Status</dt>
            <dd>{tx.status === 'pending' ? 'Pending (not counted in budgets until it posts)' : 'Posted'}</dd>
            <dt className="text-slate-600 dark:text-slate-400">Bank description</dt>
            <dd>{tx.description}</dd>
            <dt className="text-slate-600 dark:text-slate-400">Account</dt>
            <dd>{tx.account.name}</dd>
            {lastChange ? (
              <>
                <dt className="text-slate-600 dark:text-slate-400">Last changed</dt>
                <dd data-testid="last-changed">
                  by {lastChange.actorName}, {formatDate(lastChange.createdAt)}
                </dd>
              </>
            ) : null}
          </dl>
          <WriteOnly fallback={readOnlyDetails}>
            <DetailsForm
              tx={{ id: tx.id, categoryId: tx.categoryId, merchantName: tx.merchantName, notes: tx.notes, tags: tx.tags.map((t) => t.tag.name) }}
              categories={categories}
            />
          </WriteOnly>
        </Card>
        {tx.payeeKey && tx.payee ? (
          <WriteOnly>
            <Card title="Payee">
              {tx.merchantName ? <p className="mb-3 text-sm">This transaction shows your own name for it, &ldquo;{tx.merchantName}&rdquo;, whatever the payee is called.</p> : null}
              <RenamePayeeForm payeeKey={tx.payeeKey} name={tx.payee} count={payeeCount} />
            </Card>
          </WriteOnly>
        ) : null}
        <WriteOnly fallback={readOnlySplit}>
          <Card title="Split across categories">
            <SplitForm
              id={tx.id}
              totalText={formatMoney(tx.amountMinor < 0n ? -tx.amountMinor : tx.amountMinor, tx.currency)}
              parts={tx.splits.map((s) => ({ categoryId: s.categoryId, amount: abs(s.amountMinor) }))}
              categories={categories}
            />
          </Card>
        </WriteOnly>
      </div>
    </>
  );
}
