'use client';

import { Line, LineChart } from 'recharts';
import { ChartFrame, chartMargin, timeAxes } from './chart-frame';

export type NetWorthChartPoint = { label: string; assets: number; liabilities: number; netWorth: number };

export function NetWorthChart({ data }: { data: NetWorthChartPoint[] }) {
  return (
    <ChartFrame heightClass="h-64">
      <LineChart accessibilityLayer={false} data={data} margin={chartMargin}>
        {timeAxes()}
        <Line isAnimationActive={false} dataKey="netWorth" name="Net worth" stroke="#1f57b8" strokeWidth={2} dot={false} />
        <Line isAnimationActive={false} dataKey="assets" name="Assets" stroke="#0f766e" dot={false} />
        <Line isAnimationActive={false} dataKey="liabilities" name="Owed" stroke="#be123c" dot={false} />
      </LineChart>
    </ChartFrame>
  );
}
