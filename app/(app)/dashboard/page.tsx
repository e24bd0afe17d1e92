import type { Metadata } from 'next';
import { Suspense } from 'react';
import { CardSkeleton } from '@/components/dashboard/card-skeleton';
import { IncomeExpensesCard } from '@/components/dashboard/income-expenses-card';
import { MonthOverviewCard } from '@/components/dashboard/month-overview-card';
import { NetWorthCard } from '@/components/dashboard/net-worth-card';
import { RecurringCard } from '@/components/dashboard/recurring-card';
import { SpendingByCategoryCard } from '@/components/dashboard/spending-by-category-card';
import { TopMerchantsCard } from '@/components/dashboard/top-merchants-card';
import { ConnectBankEmptyState } from '@/components/shell/empty-state';
import { PageHeader } from '@/components/shell/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { currentMonth } from '@/lib/dates';
import { getDb } from '@/lib/db';
import { prepareInsights } from '@/lib/insights/has-accounts';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const user = await requireUser();
  if (!(await prepareInsights(getDb(), user.id))) {
    return (
      <>
        <PageHeader title="Dashboard" />
        <ConnectBankEmptyState
          title="Your money at a glance"
          description="Connect your bank to see this month's spending against your budget, income and expenses over the last year, and your net worth."
        />
      </>
    );
  }
  const month = currentMonth();
  return (
    <>
      <PageHeader title="Dashboard" />
      <div className="grid gap-4 lg:grid-cols-2">
        <Suspense fallback={<CardSkeleton title="This month" height="h-32" />}>
          <MonthOverviewCard userId={user.id} month={month} />
        </Suspense>
        <Suspense fallback={<CardSkeleton title="Spending by category" />}>
          <SpendingByCategoryCard userId={user.id} month={month} />
        </Suspense>
        <Suspense fallback={<CardSkeleton title="Income and expenses, last 12 months" />}>
          <IncomeExpensesCard userId={user.id} month={month} />
        </Suspense>
        <Suspense fallback={<CardSkeleton title="Balances and net worth" />}>
          <NetWorthCard userId={user.id} />
        </Suspense>
        <Suspense fallback={<CardSkeleton title="Top merchants, last 3 months" />}>
          <TopMerchantsCard userId={user.id} month={month} />
        </Suspense>
        <Suspense fallback={<CardSkeleton title="Upcoming recurring charges" />}>
          <RecurringCard userId={user.id} month={month} />
        </Suspense>
      </div>
    </>
  );
}
