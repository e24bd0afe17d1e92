import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { ProgressBar, statusText } from '@/components/budgets/progress-bar';
import { Money } from '@/components/transactions/money';
import { WriteOnly } from '@/components/workspaces/workspace-role';
import { statusFor } from '@/lib/budgeting/budget-math';
import { currentMonth, formatMonth } from '@/lib/dates';
import { getDb } from '@/lib/db';
import { readDashboardOverview } from '@/lib/page-cache/cached-pages';
import { MonthOverMonthText } from './month-over-month-text';

export async function MonthOverviewCard({ workspaceId, month, now }: { workspaceId: string; month: string; now: Date }) {
  const [overview, comparison] = await readDashboardOverview(getDb(), workspaceId, month, now);
  const overall = statusFor(overview.budgetedSpentMinor, overview.budgetedMinor);
  const alerts = overview.budgets.filter((b) => b.status !== 'ok');
  return (
    <Card title={month === currentMonth(now) ? `This month: ${formatMonth(month)}` : formatMonth(month)}>
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-600 dark:text-slate-400">Money in</dt>
          <dd className="text-lg font-semibold"><Money minor={overview.totals.inflowMinor} /></dd>
        </div>
        <div>
          <dt className="text-slate-600 dark:text-slate-400">Money out</dt>
          <dd className="text-lg font-semibold"><Money minor={overview.totals.outflowMinor} /></dd>
        </div>
        <div>
          <dt className="text-slate-600 dark:text-slate-400">Spending</dt>
          <dd className="text-lg font-semibold"><Money minor={overview.spentMinor} /></dd>
        </div>
      </dl>
      {comparison ? <MonthOverMonthText comparison={comparison} /> : null}
      {overview.budgets.length ? (
        <div className="mt-4 space-y-1">
          <p className="text-sm">
            <Money minor={overview.budgetedSpentMinor} /> of <Money minor={overview.budgetedMinor} /> budgeted ({statusText[overall.status].toLowerCase()})
          </p>
          <ProgressBar percent={overall.percent} status={overall.status} label={`Spending against budget, ${formatMonth(month)}`} />
          {alerts.length ? (
            <ul className="mt-2 space-y-1 text-sm">
              {alerts.map((b) => (
                <li key={b.budgetId} className={b.status === 'over' ? 'text-red-700 dark:text-red-400' : 'text-amber-800 dark:text-amber-300'}>
                  {b.label}: {statusText[b.status]} ({b.percent.toFixed(0)}%)
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : (
        <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
          No budgets yet.
          <WriteOnly>
            {' '}
            <Link className="font-medium text-brand-700 underline dark:text-brand-100" href={`/budgets?month=${month}`}>Set a monthly budget</Link>.
          </WriteOnly>
        </p>
      )}
    </Card>
  );
}
