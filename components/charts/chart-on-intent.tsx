'use client';

import { useState, type ComponentType, type ReactNode } from 'react';
import type { CategoryPoint } from './category-chart';
import type { IncomeExpensesPoint } from './income-expenses-chart';
import type { NetWorthChartPoint } from './net-worth-chart';

type ChartProps = {
  'income-expenses': { data: IncomeExpensesPoint[] };
  'net-worth': { data: NetWorthChartPoint[] };
  category: { data: CategoryPoint[] };
};

const LOADERS: { [K in keyof ChartProps]: () => Promise<ComponentType<ChartProps[K]>> } = {
  'income-expenses': () => import('./income-expenses-chart').then((m) => m.IncomeExpensesChart),
  'net-worth': () => import('./net-worth-chart').then((m) => m.NetWorthChart),
  category: () => import('./category-chart').then((m) => m.CategoryChart),
};

/**
 * Shows the still chart the server drew (`still`: plain HTML and SVG, no JavaScript) until the pointer
 * reaches it; only then is recharts fetched and the interactive chart, with its tooltips, drawn in
 * the same box. Loading the page runs no chart code at all, which on a phone was most of the main
 * thread's work; the still chart stays up until the interactive one is ready, so nothing blinks.
 */
export function ChartOnIntent<K extends keyof ChartProps>({ chart, props, still }: { chart: K; props: ChartProps[K]; still: ReactNode }) {
  const [Live, setLive] = useState<ComponentType<ChartProps[K]> | null>(null);
  const [asked, setAsked] = useState(false);
  const wake = () => {
    if (asked) return;
    setAsked(true);
    // If the chart's code cannot be fetched (offline), the still chart stays and the next reach tries again.
    (LOADERS[chart] as () => Promise<ComponentType<ChartProps[K]>>)().then(
      (component) => setLive(() => component),
      () => setAsked(false),
    );
  };
  return <div onPointerEnter={wake}>{Live ? <Live {...props} /> : still}</div>;
}
