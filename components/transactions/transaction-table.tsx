import Link from 'next/link';
import { formatDate } from '@/lib/dates';
import type { TransactionListItem } from '@/lib/transactions/list';
import { Money } from './money';
import { ColumnHeaders, type ColumnHeader } from '@/components/ui/column-headers';

// Below 640 px each row is a card (a grid): the checkbox, the payee with its description and
// category, the amount on the right where it is never cut off, and the date underneath.
const cell = 'px-2 py-2 sm:p-3 font-medium';
const card = {
  row: 'max-sm:grid max-sm:grid-cols-[2rem_minmax(0,1fr)_auto] max-sm:gap-x-2 max-sm:px-2 max-sm:py-2',
  select: 'max-sm:col-start-1 max-sm:row-span-2 max-sm:row-start-1 max-sm:p-0',
  name: 'max-sm:col-start-2 max-sm:row-start-1 max-sm:p-0 break-words',
  date: 'max-sm:col-start-2 max-sm:row-start-2 max-sm:p-0 max-sm:pt-1 max-sm:text-xs max-sm:text-slate-600 max-sm:dark:text-slate-400',
  amount: 'max-sm:col-start-3 max-sm:row-start-1 max-sm:p-0 max-sm:pl-2',
};
// Without the checkbox (a viewer cannot re-categorise) the card loses its first column.
const readOnlyCard = {
  row: 'max-sm:grid max-sm:grid-cols-[minmax(0,1fr)_auto] max-sm:gap-x-2 max-sm:px-2 max-sm:py-2',
  name: 'max-sm:col-start-1 max-sm:row-start-1 max-sm:p-0 break-words',
  date: 'max-sm:col-start-1 max-sm:row-start-2 max-sm:p-0 max-sm:pt-1 max-sm:text-xs max-sm:text-slate-600 max-sm:dark:text-slate-400',
  amount: 'max-sm:col-start-2 max-sm:row-start-1 max-sm:p-0 max-sm:pl-2',
};
const columns: ColumnHeader[] = [
  { key: 'select', label: <span className="sr-only">Select</span>, className: 'w-8 px-2 py-2 sm:p-3' },
  { label: 'Date', className: cell },
  { label: 'Description', className: cell },
  { label: 'Category', className: `hidden ${cell} sm:table-cell` },
  { label: 'Account', className: `hidden ${cell} md:table-cell` },
  { label: 'Amount', className: `text-right ${cell}` },
];

/**
 * `listQuery` is the list's own query string: each row's link carries it, so "Back to transactions" returns to the same filters.
 * `selectable` adds the row checkboxes ("ids") for the bulk form around the table.
 */
export function TransactionTable({ items, categoryLabels, listQuery = '', selectable = true }: { items: TransactionListItem[]; categoryLabels: Map<string, { label: string }>; listQuery?: string; selectable?: boolean }) {
  const layout = selectable ? card : readOnlyCard;
  return (
    <div tabIndex={0} role="group" aria-label="Transactions" className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full text-sm max-sm:block">
        <caption className="sr-only">Transactions</caption>
        <thead className="max-sm:sr-only">
          <tr className="border-b border-slate-200 text-left text-slate-600 dark:border-slate-700 dark:text-slate-300">
            <ColumnHeaders columns={selectable ? columns : columns.filter((column) => column.key !== 'select')} />
          </tr>
        </thead>
        <tbody className="max-sm:block">
          {items.map((tx) => {
            const category = tx.splitCount ? `Split (${tx.splitCount})` : tx.categoryId ? (categoryLabels.get(tx.categoryId)?.label ?? '—') : 'Uncategorised';
            return (
              <tr key={tx.id} className={`border-b border-slate-100 last:border-0 dark:border-slate-800 ${layout.row}`}>
                {selectable ? (
                  <td className={`px-2 py-2 sm:p-3 align-top ${card.select}`}>
                    <input type="checkbox" name="ids" value={tx.id} aria-label={`Select ${tx.description}`} className="size-6 sm:size-5" />
                  </td>
                ) : null}
                <td className={`whitespace-nowrap px-2 py-2 align-top sm:p-3 ${layout.date}`}>{formatDate(tx.bookedOn)}</td>
                <td className={`px-2 py-2 sm:p-3 align-top ${layout.name}`}>
                  <Link href={`/transactions/${tx.id}${listQuery ? `?${listQuery}` : ''}`} prefetch={false} className="inline-block min-h-6 py-0.5 font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
                    {tx.merchant ?? tx.description}
                  </Link>
                  {tx.status === 'pending' ? (
                    <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100">Pending</span>
                  ) : null}
                  {tx.isTransfer ? <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-200">Transfer</span> : null}
                  {tx.merchant && tx.merchant !== tx.description ? <div className="text-xs text-slate-600 dark:text-slate-400">{tx.description}</div> : null}
                  <div className="text-xs text-slate-600 sm:hidden dark:text-slate-400">{category}</div>
                  {tx.tags.length ? <div className="text-xs text-slate-600 dark:text-slate-400">Tags: {tx.tags.map((t) => t.name).join(', ')}</div> : null}
                </td>
                <td className="hidden px-2 py-2 sm:p-3 align-top sm:table-cell">{category}</td>
                <td className="hidden px-2 py-2 sm:p-3 align-top md:table-cell">
                  {tx.accountName}
                  {tx.manual ? <span className="ml-1 text-xs text-slate-600 dark:text-slate-400">(manual)</span> : null}
                </td>
                <td className={`px-2 py-2 text-right sm:p-3 align-top ${layout.amount}`}>
                  <Money minor={tx.amountMinor} currency={tx.currency} signed />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
