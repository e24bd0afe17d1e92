'use client';

import dynamic from 'next/dynamic';

// recharts is most of a chart page's JavaScript. ResponsiveContainer draws nothing on the
// server anyway (it needs the element's width), so the charts load after the page is
// interactive: first-load JS stays small and the table alternatives are there from the start.
const placeholder = (height: string) =>
  function ChartPlaceholder() {
    return <div aria-hidden="true" className={`${height} w-full animate-pulse rounded bg-slate-100 dark:bg-slate-800`} />;
  };

export const LazyIncomeExpensesChart = dynamic(() => import('./income-expenses-chart').then((m) => m.IncomeExpensesChart), { ssr: false, loading: placeholder('h-64') });
export const LazyCategoryChart = dynamic(() => import('./category-chart').then((m) => m.CategoryChart), { ssr: false, loading: placeholder('h-40') });
export const LazyNetWorthChart = dynamic(() => import('./net-worth-chart').then((m) => m.NetWorthChart), { ssr: false, loading: placeholder('h-64') });
export const LazyCashFlowChart = dynamic(() => import('./cash-flow-chart').then((m) => m.CashFlowChart), { ssr: false, loading: placeholder('h-72') });
export const LazySpendingChart = dynamic(() => import('./spending-chart').then((m) => m.SpendingChart), { ssr: false, loading: placeholder('h-72') });
