'use client';

import { Bar, BarChart, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { CATEGORY_LABEL_WIDTH_PX, categoryLabelLines } from './category-label';
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
        <YAxis type="category" dataKey="label" width={CATEGORY_LABEL_WIDTH_PX} tick={<CategoryTick />} stroke="#64748b" />
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

const LINE_PX = 14;

/** A category's name beside its bar, on two lines when it is long (the same lines as the still chart). */
function CategoryTick({ x = 0, y = 0, payload }: { x?: number; y?: number; payload?: { value?: unknown } }) {
  const lines = categoryLabelLines(String(payload?.value ?? ''));
  // Centre the block of lines on the bar: the first baseline sits half the extra lines above it.
  const firstDy = 4 - ((lines.length - 1) * LINE_PX) / 2;
  return (
    <text x={x} y={y} textAnchor="end" fontSize={12} fill="#64748b">
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? firstDy : LINE_PX}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
