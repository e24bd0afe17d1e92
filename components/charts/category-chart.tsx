'use client';

import { Bar, BarChart, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { axisMoney, CHART_COLORS, tooltipMoney } from './chart-format';
import { ChartFrame } from './chart-frame';
import { categoryChartHeight } from './chart-size';

export type CategoryPoint = { label: string; value: number };

/** Spending by category as horizontal bars (easier to read than a pie on a phone). */
export function CategoryChart({ data }: { data: CategoryPoint[] }) {
  return (
    <ChartFrame height={categoryChartHeight(data.length)}>
      <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 8 }}>
        <XAxis type="number" tickFormatter={axisMoney} tick={{ fontSize: 12 }} stroke="#64748b" />
        <YAxis type="category" dataKey="label" width={110} tick={{ fontSize: 12 }} stroke="#64748b" />
        <Tooltip formatter={tooltipMoney} />
        <Bar isAnimationActive={false} dataKey="value" name="Spent" radius={[0, 3, 3, 0]}>
          {data.map((point, index) => (
            <Cell key={point.label} fill={CHART_COLORS[index % CHART_COLORS.length]} />
          ))}
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
