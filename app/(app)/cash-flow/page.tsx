import type { Metadata } from 'next';
import { Suspense } from 'react';
import { CashFlowSummary } from '@/components/cash-flow/cash-flow-summary';
import { RangeForm } from '@/components/cash-flow/range-form';
import { CardSkeleton } from '@/components/dashboard/card-skeleton';
import { CountingNote } from '@/components/money-meaning/counting-note';
import { PageHeader } from '@/components/shell/page-header';
import { buttonClasses } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { parseCashFlowGrouping } from '@/lib/insights/cash-flow-buckets';
import { parseCashFlowRange } from '@/lib/insights/cash-flow-range';
import { renderInsightsPage } from '@/components/shell/insights-page';

export const metadata: Metadata = { title: 'Cash flow' };

export default async function CashFlowPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return renderInsightsPage(
    { title: 'Cash flow', empty: { title: 'Where the money comes from and goes', description: "Connect your bank to see money in and out per month, burn and runway, and your top customers and vendors." } },
    async (actor) => {
      const now = new Date();
      const params = await searchParams;
      const range = parseCashFlowRange(params, now);
      const grouping = parseCashFlowGrouping(params.group);
      return (
        <>
          <PageHeader title="Cash flow">
            <a className={buttonClasses('secondary')} href={`/api/export/cash-flow?from=${range.from}&to=${range.to}`} download>
              Export CSV
            </a>
          </PageHeader>
          <div className="mb-4 space-y-3">
            <RangeForm from={range.from} to={range.to} grouping={grouping} />
            {range.error ? <FormMessage message={range.error} /> : null}
            <CountingNote workspaceId={actor.workspaceId} />
          </div>
          <Suspense key={`${range.from}-${range.to}-${grouping}`} fallback={<CardSkeleton title="Summary" height="h-64" />}>
            <CashFlowSummary workspaceId={actor.workspaceId} from={range.from} to={range.to} now={now} grouping={grouping} />
          </Suspense>
        </>
      );
    },
  );
}
