import { Money } from '@/components/transactions/money';
import type { TransactionTotals } from '@/lib/transactions/totals';

/** Count, money in, money out and net of everything the filters match (every page, not only this one). */
export function ListTotals({ totals, categoryParts }: { totals: TransactionTotals; categoryParts: boolean }) {
  const item = (label: string, value: React.ReactNode) => (
    <div>
      <dt className="text-xs text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="font-semibold">{value}</dd>
    </div>
  );
  return (
    <section aria-label="Totals for these filters" className="mb-4 rounded-lg border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-900">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {item('Transactions', <span className="tabular">{totals.count.toLocaleString('en-US')}</span>)}
        {item('Money in', <Money minor={totals.inflowMinor} />)}
        {item('Money out', <Money minor={totals.outflowMinor} />)}
        {item('Net', <Money minor={totals.netMinor} />)}
      </dl>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        All pages of these filters{categoryParts ? '; a split transaction counts only its parts in this category' : ''}.
      </p>
    </section>
  );
}
