'use client';

import { Line, LineChart } from 'recharts';
import { ChartFrame, chartMargin, timeAxes } from './chart-frame';
import { NET_WORTH_SERIES } from './series';

export type NetWorthChartPoint = { label: string; assets: number; liabilities: number; netWorth: number };

export function NetWorthChart({ data }: { data: NetWorthChartPoint[] }) {
  return (
    <ChartFrame heightClass="h-64">
      <LineChart accessibilityLayer={false} data={data} margin={chartMargin}>
        {timeAxes()}
        {NET_WORTH_SERIES.map((s) => (
          <Line key={s.key} isAnimationActive={false} dataKey={s.key} name={s.name} stroke={s.color} strokeWidth={s.strokeWidth} dot={false} />
        ))}
      </LineChart>
    </ChartFrame>
  );
}
