'use client';

import { Bar, BarChart } from 'recharts';
import { ChartFrame, chartMargin, timeAxes } from './chart-frame';

export type IncomeExpensesPoint = { label: string; income: number; expenses: number };

/** Money in vs money out per month. */
export function IncomeExpensesChart({ data }: { data: IncomeExpensesPoint[] }) {
  return (
    <ChartFrame heightClass="h-64">
      <BarChart accessibilityLayer={false} data={data} margin={chartMargin}>
        {timeAxes()}
        <Bar isAnimationActive={false} dataKey="income" name="Money in" fill="#0f766e" radius={[3, 3, 0, 0]} />
        <Bar isAnimationActive={false} dataKey="expenses" name="Money out" fill="#be123c" radius={[3, 3, 0, 0]} />
      </BarChart>
    </ChartFrame>
  );
}
