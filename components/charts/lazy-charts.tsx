'use client';

import dynamic from 'next/dynamic';
import type { CashFlowMonthPoint } from './cash-flow-chart';
import type { CashFlowGrouping } from '@/lib/insights/cash-flow-buckets';
import type { SpendingPoint, SpendingSeries } from './spending-chart';
import { ChartPlaceholder, WhenVisible } from './when-visible';

// The dashboard's charts are drawn on the server (dashboard-charts.tsx); these pages' charts are not yet.
// recharts is most of a chart page's JavaScript. ResponsiveContainer draws nothing on the server
// anyway (it needs the element's width), so a chart's code is fetched only when its box scrolls
// near the viewport (WhenVisible): first-load JS stays small, hydration does not wait on recharts,
// and the table alternatives are there from the start. Placeholders have the chart's exact size.
const loading = (heightClass: string) =>
  function Loading() {
    return <ChartPlaceholder heightClass={heightClass} />;
  };

const CashFlow = dynamic(() => import('./cash-flow-chart').then((m) => m.CashFlowChart), { ssr: false, loading: loading('h-72') });
const Spending = dynamic(() => import('./spending-chart').then((m) => m.SpendingChart), { ssr: false, loading: loading('h-72') });

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
