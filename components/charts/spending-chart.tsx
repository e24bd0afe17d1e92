'use client';

import { Bar, BarChart } from 'recharts';
import { CHART_COLORS } from './chart-format';
import { ChartFrame, chartMargin, timeAxes } from './chart-frame';

export type SpendingSeries = { key: string; name: string };
export type SpendingPoint = { label: string } & Record<string, number | string>;

/** Spending per month, stacked by category (the biggest few; the rest as "Other"). */
export function SpendingChart({ data, series }: { data: SpendingPoint[]; series: SpendingSeries[] }) {
  return (
    <ChartFrame heightClass="h-72">
      <BarChart accessibilityLayer={false} data={data} margin={chartMargin}>
        {timeAxes()}
        {series.map((s, index) => (
          <Bar isAnimationActive={false} key={s.key} dataKey={s.key} name={s.name} stackId="spending" fill={CHART_COLORS[index % CHART_COLORS.length]} />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
