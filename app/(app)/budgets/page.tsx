import type { Metadata } from 'next';
import Link from 'next/link';
import { BudgetForm } from '@/components/budgets/budget-form';
import { BudgetList } from '@/components/budgets/budget-list';
import { CopyMonthForm } from '@/components/budgets/copy-month-form';
import { CountingNote } from '@/components/money-meaning/counting-note';
import { PageHeader } from '@/components/shell/page-header';
import { MonthPicker } from '@/components/shell/month-picker';
import { Card } from '@/components/ui/card';
import { FormMessage } from '@/components/ui/form-message';
import { WriteOnly } from '@/components/workspaces/workspace-role';
import { formatMonth } from '@/lib/dates';
import { parseMonthParam } from '@/lib/insights/month-params';
import { getDb } from '@/lib/db';
import { readBudgetsPage } from '@/lib/page-cache/cached-pages';
import { renderInsightsPage } from '@/components/shell/insights-page';

export const metadata: Metadata = { title: 'Budgets' };

export default async function BudgetsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return renderInsightsPage(
    { title: 'Budgets', empty: { title: 'Budgets need spending to track', description: "Connect your bank, then set a monthly amount per category and watch your progress as transactions arrive." } },
    async (actor) => {
      const db = getDb();
      const { month, error } = parseMonthParam(await searchParams, new Date());
      const [lines, categories] = await readBudgetsPage(db, actor.workspaceId, month);
      const spending = categories.filter((c) => c.kind === 'expense');
      return (
        <>
          <PageHeader title={`Budgets: ${formatMonth(month)}`}>
            <div className="flex flex-wrap items-center gap-3">
              <MonthPicker path="/budgets" month={month} id="budgets-month" />
              <Link href="/budgets/categories" className="inline-flex min-h-10 items-center text-sm font-medium text-brand-700 underline dark:text-brand-100">
                <WriteOnly fallback="Categories and tags">Manage categories and tags</WriteOnly>
              </Link>
            </div>
          </PageHeader>
          {error ? <div className="mb-4"><FormMessage message={error} /></div> : null}
          <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
            <Card title="Budget vs actual">
              <p className="mb-1 text-xs text-slate-600 dark:text-slate-400">Pending transactions count once they post; refunds reduce spending.</p>
              <CountingNote workspaceId={actor.workspaceId} />
              <BudgetList month={month} lines={lines} />
            </Card>
            <WriteOnly>
              <div className="space-y-4">
                <Card title="Set a budget">
                  <p className="mb-3 text-xs text-slate-600 dark:text-slate-400">Applies from {formatMonth(month)} on, until you change it in a later month.</p>
                  <BudgetForm month={month} categories={spending} />
                </Card>
                <Card title="Copy last month">
                  <p className="mb-3 text-xs text-slate-600 dark:text-slate-400">Sets every budget back to last month&apos;s, where you changed or removed it this month.</p>
                  <CopyMonthForm month={month} />
                </Card>
              </div>
            </WriteOnly>
          </div>
        </>
      );
    },
  );
}
