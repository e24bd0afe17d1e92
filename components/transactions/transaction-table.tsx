import Link from 'next/link';
import { formatDate } from '@/lib/dates';
import type { TransactionListItem } from '@/lib/transactions/list';
import { Money } from './money';
import { ColumnHeaders, type ColumnHeader } from '@/components/ui/column-headers';

// The row and cell classes (tx-*) live in app/globals.css: short names, because fifty rows repeat them.
const cell = 'px-2 py-2 sm:p-3 font-medium';
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
  return (
    <div tabIndex={0} role="group" aria-label="Transactions" className={`overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900 ${selectable ? 'tx-selectable' : ''}`}>
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
              <tr key={tx.id} className="tx-row">
                {selectable ? (
                  <td className="tx-cell tx-check">
                    <input type="checkbox" name="ids" value={tx.id} aria-label={`Select ${tx.description}`} className="size-6 sm:size-5" />
                  </td>
                ) : null}
                <td className="tx-cell tx-date">{formatDate(tx.bookedOn)}</td>
                <td className="tx-cell tx-name">
                  <Link href={`/transactions/${tx.id}${listQuery ? `?${listQuery}` : ''}`} prefetch={false} className="tx-payee">
                    {tx.merchant ?? tx.description}
                  </Link>
                  {tx.status === 'pending' ? (
                    <span className="tx-badge bg-amber-100 font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100">Pending</span>
                  ) : null}
                  {tx.isTransfer ? <span className="tx-badge bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200">Transfer</span> : null}
                  {tx.merchant && tx.merchant !== tx.description ? <div className="tx-note">{tx.description}</div> : null}
                  <div className="tx-note sm:hidden">{category}</div>
                  {tx.tags.length ? <div className="tx-note">Tags: {tx.tags.map((t) => t.name).join(', ')}</div> : null}
                </td>
                <td className="tx-cell hidden sm:table-cell">{category}</td>
                <td className="tx-cell hidden md:table-cell">
                  {tx.accountName}
                  {tx.manual ? <span className="tx-note ml-1">(manual)</span> : null}
                </td>
                <td className="tx-cell tx-amount">
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
