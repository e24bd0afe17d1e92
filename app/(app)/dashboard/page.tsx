import type { Metadata } from 'next';
import { CardSlot } from '@/components/dashboard/card-slot';
import { GoalsCard } from '@/components/goals/goals-card';
import { IncomeExpensesCard } from '@/components/dashboard/income-expenses-card';
import { MonthOverviewCard } from '@/components/dashboard/month-overview-card';
import { NetWorthCard } from '@/components/dashboard/net-worth-card';
import { RecurringCard } from '@/components/dashboard/recurring-card';
import { SpendingByCategoryCard } from '@/components/dashboard/spending-by-category-card';
import { TopMerchantsCard } from '@/components/dashboard/top-merchants-card';
import { MonthPicker } from '@/components/shell/month-picker';
import { CountingNote } from '@/components/money-meaning/counting-note';
import { PageHeader } from '@/components/shell/page-header';
import { FormMessage } from '@/components/ui/form-message';
import { formatMonth } from '@/lib/dates';
import { parseMonthParam } from '@/lib/insights/month-params';
import { renderInsightsPage } from '@/components/shell/insights-page';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return renderInsightsPage(
    { title: 'Dashboard', empty: { title: 'Your money at a glance', description: "Connect your bank to see this month's spending against your budget, income and expenses over the last year, and your net worth." } },
    async (actor) => {
      // The clock is read once per request; everything below takes it as a value.
      const now = new Date();
      const { month, error } = parseMonthParam(await searchParams, now);
      return (
        <>
          <PageHeader title="Dashboard">
            <MonthPicker path="/dashboard" month={month} id="dashboard-month" />
          </PageHeader>
          {error ? <div className="mb-4"><FormMessage message={error} /></div> : null}
          <CountingNote workspaceId={actor.workspaceId} />
          <div className="grid gap-4 lg:grid-cols-2">
            <CardSlot key={`overview-${month}`} title={formatMonth(month)} height="h-32">
              <MonthOverviewCard workspaceId={actor.workspaceId} month={month} now={now} />
            </CardSlot>
            <CardSlot key={`categories-${month}`} title="Spending by category">
              <SpendingByCategoryCard workspaceId={actor.workspaceId} month={month} />
            </CardSlot>
            <CardSlot key={`income-${month}`} title="Income and expenses, last 12 months">
              <IncomeExpensesCard workspaceId={actor.workspaceId} month={month} />
            </CardSlot>
            <CardSlot title="Balances and net worth">
              <NetWorthCard workspaceId={actor.workspaceId} now={now} />
            </CardSlot>
            <CardSlot key={`merchants-${month}`} title="Top merchants, last 3 months">
              <TopMerchantsCard workspaceId={actor.workspaceId} month={month} />
            </CardSlot>
            <CardSlot key={`recurring-${month}`} title="Upcoming recurring charges">
              <RecurringCard workspaceId={actor.workspaceId} month={month} now={now} />
            </CardSlot>
            <CardSlot title="Savings goals">
              <GoalsCard workspaceId={actor.workspaceId} now={now} />
            </CardSlot>
          </div>
        </>
      );
    },
  );
}
