import type { Db } from '@/lib/db';
import { getBudgetMonth } from '@/lib/budgeting/budgets';
import { describeCategories, ensureDefaultCategories } from '@/lib/categories/ensure-categories';
import { toIsoDay } from '@/lib/dates';
import { getCashFlow } from '@/lib/insights/cash-flow';
import { getIncomeVsExpenses, getMonthOverview, getTopMerchants } from '@/lib/insights/dashboard';
import { prepareInsights } from '@/lib/insights/has-accounts';
import { getMonthOverMonth } from '@/lib/insights/month-over-month';
import { getSpendingByCategory } from '@/lib/insights/monthly';
import { getAccountBalances, getHomeCurrency, getNetWorthSeries } from '@/lib/insights/net-worth';
import { getRecurringCharges } from '@/lib/insights/recurring';
import { getSpendingReport } from '@/lib/insights/spending-report';
import { listHoldings } from '@/lib/investments/queries';
import { cachedPageData } from './page-data-cache';

// The insight pages' reads, each through the page cache. Each wraps the same lib/ function the page
// used before, with every input that changes the answer in its params: the month or range, and the
// day for reads that take the clock (what is "overdue", a month still under way), so a cached page
// never outlives the day it was computed for.

export function readInsightsReady(db: Db, userId: string): Promise<boolean> {
  return cachedPageData(db, userId, 'insights-ready', {}, () => prepareInsights(db, userId));
}

export function readDashboardOverview(db: Db, userId: string, month: string, now: Date) {
  return cachedPageData(db, userId, 'dashboard:overview', { month, day: toIsoDay(now) }, () => Promise.all([getMonthOverview(db, userId, month), getMonthOverMonth(db, userId, month, now)]));
}

export function readDashboardCategories(db: Db, userId: string, month: string) {
  return cachedPageData(db, userId, 'dashboard:categories', { month }, async () => getSpendingByCategory(db, userId, month, month, describeCategories(await ensureDefaultCategories(db, userId))));
}

export function readDashboardIncome(db: Db, userId: string, month: string) {
  return cachedPageData(db, userId, 'dashboard:income', { month }, () => getIncomeVsExpenses(db, userId, month, 12));
}

export function readDashboardNetWorth(db: Db, userId: string, now: Date) {
  return cachedPageData(db, userId, 'dashboard:net-worth', { day: toIsoDay(now) }, async () => {
    const [balances, series, currency, holdings] = await Promise.all([getAccountBalances(db, userId), getNetWorthSeries(db, userId, 'all', now), getHomeCurrency(db, userId), listHoldings(db, userId)]);
    return { balances, series, currency, holdings };
  });
}

export function readDashboardMerchants(db: Db, userId: string, month: string) {
  return cachedPageData(db, userId, 'dashboard:merchants', { month }, () => getTopMerchants(db, userId, month, 3));
}

export function readDashboardRecurring(db: Db, userId: string, month: string, now: Date) {
  return cachedPageData(db, userId, 'dashboard:recurring', { month, day: toIsoDay(now) }, () => getRecurringCharges(db, userId, month, now));
}

export function readCashFlowPage(db: Db, userId: string, from: string, to: string, now: Date) {
  return cachedPageData(db, userId, 'cash-flow', { from, to, day: toIsoDay(now) }, () => getCashFlow(db, userId, from, to, now));
}

export function readBudgetsPage(db: Db, userId: string, month: string) {
  return cachedPageData(db, userId, 'budgets', { month }, () => Promise.all([getBudgetMonth(db, userId, month), ensureDefaultCategories(db, userId)]));
}

export function readSpendingPage(db: Db, userId: string, months: string[]) {
  return cachedPageData(db, userId, 'spending', { from: months[0], to: months[months.length - 1], count: months.length }, async () =>
    getSpendingReport(db, userId, months, describeCategories(await ensureDefaultCategories(db, userId))),
  );
}
