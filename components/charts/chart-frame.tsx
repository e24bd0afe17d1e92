import type { ReactElement } from 'react';
import { CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { axisMoney, tooltipMoney } from './chart-format';

export const chartMargin = { top: 8, right: 8, bottom: 0, left: 8 };

/**
 * The box every chart draws in. Charts are decorative for screen readers (`aria-hidden`): the table
 * beside each one carries the same numbers as text.
 */
export function ChartFrame({ heightClass, height, children }: { heightClass?: string; height?: number; children: ReactElement }) {
  return (
    <div aria-hidden="true" className={`${heightClass ?? ''} w-full`} style={height ? { height } : undefined}>
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </div>
  );
}

/**
 * Grid, label axis, money axis, tooltip and legend of a chart over time. Returned as an element list
 * rather than a component so recharts sees its own elements as direct children.
 */
export function timeAxes(options: { minTickGap?: number } = {}): ReactElement[] {
  return [
    <CartesianGrid key="grid" strokeDasharray="3 3" vertical={false} stroke="#94a3b8" strokeOpacity={0.4} />,
    <XAxis key="x" dataKey="label" tick={{ fontSize: 12 }} stroke="#64748b" minTickGap={options.minTickGap} />,
    <YAxis key="y" tickFormatter={axisMoney} tick={{ fontSize: 12 }} stroke="#64748b" width={56} />,
    <Tooltip key="tooltip" formatter={tooltipMoney} />,
    <Legend key="legend" />,
  ];
}
