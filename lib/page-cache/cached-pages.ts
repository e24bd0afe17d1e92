import type { Db } from '@/lib/db';
import { getBudgetMonth } from '@/lib/budgeting/budgets';
import { describeCategories, ensureDefaultCategories } from '@/lib/categories/ensure-categories';
import { toIsoDay } from '@/lib/dates';
import { listGoals } from '@/lib/goals/goals';
import { getCashFlow } from '@/lib/insights/cash-flow';
import { getIncomeVsExpenses, getMonthOverview, getTopMerchants } from '@/lib/insights/dashboard';
import { prepareInsights } from '@/lib/insights/has-accounts';
import { getMonthOverMonth } from '@/lib/insights/month-over-month';
import { getSpendingByCategory } from '@/lib/insights/monthly';
import { getAccountBalances, getHomeCurrency, getNetWorthSeries } from '@/lib/insights/net-worth';
import { getRecurringCharges } from '@/lib/insights/recurring';
import { getSpendingReport } from '@/lib/insights/spending-report';
import { listHoldings } from '@/lib/investments/queries';
import { getMoneySettings } from '@/lib/money-meaning/settings';
import { cachedPageData } from './page-data-cache';

// The insight pages' reads, each through the page cache. Each wraps the same lib/ function the page
// used before, with every input that changes the answer in its params: the month or range, and the
// day for reads that take the clock (what is "overdue", a month still under way), so a cached page
// never outlives the day it was computed for.

export function readInsightsReady(db: Db, workspaceId: string): Promise<boolean> {
  return cachedPageData(db, workspaceId, 'insights-ready', {}, () => prepareInsights(db, workspaceId));
}

export function readDashboardOverview(db: Db, workspaceId: string, month: string, now: Date) {
  return cachedPageData(db, workspaceId, 'dashboard:overview', { month, day: toIsoDay(now) }, () => Promise.all([getMonthOverview(db, workspaceId, month), getMonthOverMonth(db, workspaceId, month, now)]));
}

export function readDashboardCategories(db: Db, workspaceId: string, month: string) {
  return cachedPageData(db, workspaceId, 'dashboard:categories', { month }, async () => getSpendingByCategory(db, workspaceId, month, month, describeCategories(await ensureDefaultCategories(db, workspaceId))));
}

export function readDashboardIncome(db: Db, workspaceId: string, month: string) {
  return cachedPageData(db, workspaceId, 'dashboard:income', { month }, () => getIncomeVsExpenses(db, workspaceId, month, 12));
}

export function readDashboardNetWorth(db: Db, workspaceId: string, now: Date) {
  return cachedPageData(db, workspaceId, 'dashboard:net-worth', { day: toIsoDay(now) }, async () => {
    const [balances, series, currency, holdings] = await Promise.all([getAccountBalances(db, workspaceId), getNetWorthSeries(db, workspaceId, 'all', now), getHomeCurrency(db, workspaceId), listHoldings(db, workspaceId)]);
    return { balances, series, currency, holdings };
  });
}

export function readDashboardMerchants(db: Db, workspaceId: string, month: string) {
  return cachedPageData(db, workspaceId, 'dashboard:merchants', { month }, () => getTopMerchants(db, workspaceId, month, 3));
}

export function readDashboardRecurring(db: Db, workspaceId: string, month: string, now: Date) {
  return cachedPageData(db, workspaceId, 'dashboard:recurring', { month, day: toIsoDay(now) }, () => getRecurringCharges(db, workspaceId, month, now));
}

export function readDashboardGoals(db: Db, workspaceId: string, now: Date) {
  const today = toIsoDay(now);
  return cachedPageData(db, workspaceId, 'dashboard:goals', { day: today }, () => listGoals(db, workspaceId, today));
}

/** What the insight pages count (the line under their figures); settings changes bump the version like any write. */
export function readMoneySettings(db: Db, workspaceId: string) {
  return cachedPageData(db, workspaceId, 'money-settings', {}, () => getMoneySettings(db, workspaceId));
}

export function readCashFlowPage(db: Db, workspaceId: string, from: string, to: string, now: Date) {
  return cachedPageData(db, workspaceId, 'cash-flow', { from, to, day: toIsoDay(now) }, () => getCashFlow(db, workspaceId, from, to, now));
}

export function readBudgetsPage(db: Db, workspaceId: string, month: string) {
  return cachedPageData(db, workspaceId, 'budgets', { month }, () => Promise.all([getBudgetMonth(db, workspaceId, month), ensureDefaultCategories(db, workspaceId)]));
}

export function readSpendingPage(db: Db, workspaceId: string, months: string[]) {
  return cachedPageData(db, workspaceId, 'spending', { from: months[0], to: months[months.length - 1], count: months.length }, async () =>
    getSpendingReport(db, workspaceId, months, describeCategories(await ensureDefaultCategories(db, workspaceId))),
  );
}
