'use client';

import { Bar, ComposedChart, Line } from 'recharts';
import { ChartFrame, chartMargin, timeAxes } from './chart-frame';

export type CashFlowPoint = { label: string; inflow: number; outflow: number; net: number };

export function CashFlowChart({ data }: { data: CashFlowPoint[] }) {
  return (
    <ChartFrame heightClass="h-72">
      <ComposedChart accessibilityLayer={false} data={data} margin={chartMargin}>
        {timeAxes({ minTickGap: 16 })}
        <Bar isAnimationActive={false} dataKey="inflow" name="Money in" fill="#0f766e" />
        <Bar isAnimationActive={false} dataKey="outflow" name="Money out" fill="#be123c" />
        <Line isAnimationActive={false} dataKey="net" name="Net" stroke="#1f57b8" strokeWidth={2} dot={false} />
      </ComposedChart>
    </ChartFrame>
  );
}
