'use client';

import dynamic from 'next/dynamic';
import type { CashFlowMonthPoint } from './cash-flow-chart';
import type { CashFlowGrouping } from '@/lib/insights/cash-flow-buckets';
import type { CategoryPoint } from './category-chart';
import { categoryChartHeight } from './chart-size';
import type { IncomeExpensesPoint } from './income-expenses-chart';
import type { NetWorthChartPoint } from './net-worth-chart';
import type { SpendingPoint, SpendingSeries } from './spending-chart';
import { ChartPlaceholder, WhenVisible } from './when-visible';

// recharts is most of a chart page's JavaScript. ResponsiveContainer draws nothing on the server
// anyway (it needs the element's width), so a chart's code is fetched only when its box scrolls
// near the viewport (WhenVisible): first-load JS stays small, hydration does not wait on recharts,
// and the table alternatives are there from the start. Placeholders have the chart's exact size.
const loading = (heightClass: string) =>
  function Loading() {
    return <ChartPlaceholder heightClass={heightClass} />;
  };

const IncomeExpenses = dynamic(() => import('./income-expenses-chart').then((m) => m.IncomeExpensesChart), { ssr: false, loading: loading('h-64') });
const Category = dynamic(() => import('./category-chart').then((m) => m.CategoryChart), { ssr: false });
const NetWorth = dynamic(() => import('./net-worth-chart').then((m) => m.NetWorthChart), { ssr: false, loading: loading('h-64') });
const CashFlow = dynamic(() => import('./cash-flow-chart').then((m) => m.CashFlowChart), { ssr: false, loading: loading('h-72') });
const Spending = dynamic(() => import('./spending-chart').then((m) => m.SpendingChart), { ssr: false, loading: loading('h-72') });

export function LazyIncomeExpensesChart(props: { data: IncomeExpensesPoint[] }) {
  return (
    <WhenVisible heightClass="h-64">
      <IncomeExpenses {...props} />
    </WhenVisible>
  );
}

export function LazyCategoryChart(props: { data: CategoryPoint[] }) {
  const height = categoryChartHeight(props.data.length);
  return (
    <WhenVisible height={height}>
      <div style={{ minHeight: height }}>
        <Category {...props} />
      </div>
    </WhenVisible>
  );
}

export function LazyNetWorthChart(props: { data: NetWorthChartPoint[] }) {
  return (
    <WhenVisible heightClass="h-64">
      <NetWorth {...props} />
    </WhenVisible>
  );
}

export function LazyCashFlowChart(props: { months: CashFlowMonthPoint[]; grouping: CashFlowGrouping }) {
  return (
    <WhenVisible heightClass="h-72">
      <CashFlow {...props} />
    </WhenVisible>
  );
}

export function LazySpendingChart(props: { data: SpendingPoint[]; series: SpendingSeries[] }) {
  return (
    <WhenVisible heightClass="h-72">
      <Spending {...props} />
    </WhenVisible>
  );
}
