import { Card } from '@/components/ui/card';
import { Money } from '@/components/transactions/money';
import { formatCount } from '@/lib/counts';
import { formatDate } from '@/lib/dates';
import { getDb } from '@/lib/db';
import { readDashboardRecurring } from '@/lib/page-cache/cached-pages';

export async function RecurringCard({ workspaceId, month, now }: { workspaceId: string; month: string; now: Date }) {
  const charges = await readDashboardRecurring(getDb(), workspaceId, month, now);
  return (
    <Card title="Upcoming recurring charges">
      {charges.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No subscriptions or bills recognised yet (they need three months of history).</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
          {charges.slice(0, 10).map((c) => (
            // The amount keeps its own column: a long line of details wraps beside it, never pushing it under.
            <li key={c.merchant} className="flex items-baseline justify-between gap-3 py-2">
              <span className="min-w-0 flex-1">
                <span className="font-medium">{c.merchant}</span>
                <span className="text-slate-600 dark:text-slate-400"> · {c.cadence}, {formatCount(c.months, 'payment')} seen, {c.overdue ? 'expected' : 'next'} {formatDate(c.nextExpected)}</span>
                {c.overdue ? <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs text-red-900 dark:bg-red-950 dark:text-red-100">Overdue</span> : null}
                {c.priceChanged && c.previousAmountMinor !== null ? (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                    Price changed from <Money minor={c.previousAmountMinor} />
                  </span>
                ) : null}
              </span>
              <Money minor={c.lastAmountMinor} className="shrink-0" />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
