import type { Metadata } from 'next';
import { Suspense } from 'react';
import { RangeForm } from '@/components/cash-flow/range-form';
import { CardSkeleton } from '@/components/dashboard/card-skeleton';
import { CountingNote } from '@/components/money-meaning/counting-note';
import { PageHeader } from '@/components/shell/page-header';
import { SpendingSummary } from '@/components/spending/spending-summary';
import { FormMessage } from '@/components/ui/form-message';
import { parseMonthRange } from '@/lib/insights/month-params';
import { renderInsightsPage } from '@/components/shell/insights-page';

export const metadata: Metadata = { title: 'Spending' };

export default async function SpendingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return renderInsightsPage(
    { title: 'Spending', empty: { title: 'Spending by category, month by month', description: "Connect your bank to see what each category cost you over the months, and open the transactions behind any figure." } },
    async (actor) => {
      const range = parseMonthRange(await searchParams, new Date());
      return (
        <>
          <PageHeader title="Spending" />
          <div className="mb-4 space-y-3">
            <RangeForm from={range.from} to={range.to} action="/spending" />
            {range.error ? <FormMessage message={range.error} /> : null}
            <p className="text-xs text-slate-600 dark:text-slate-400">Money out minus refunds, per category and month. Each category amount opens the transactions behind it.</p>
            <CountingNote workspaceId={actor.workspaceId} />
          </div>
          <Suspense key={`${range.from}-${range.to}`} fallback={<CardSkeleton title="Spending by category and month" height="h-64" />}>
            <SpendingSummary workspaceId={actor.workspaceId} months={range.months} />
          </Suspense>
        </>
      );
    },
  );
}
