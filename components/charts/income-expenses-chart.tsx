'use client';

import { Bar, BarChart } from 'recharts';
import { ChartFrame, chartMargin, timeAxes } from './chart-frame';
import { INCOME_EXPENSES_SERIES } from './series';

export type IncomeExpensesPoint = { label: string; income: number; expenses: number };

/** Money in vs money out per month. */
export function IncomeExpensesChart({ data }: { data: IncomeExpensesPoint[] }) {
  return (
    <ChartFrame heightClass="h-64">
      <BarChart accessibilityLayer={false} data={data} margin={chartMargin}>
        {timeAxes()}
        {INCOME_EXPENSES_SERIES.map((s) => (
          <Bar key={s.key} isAnimationActive={false} dataKey={s.key} name={s.name} fill={s.color} radius={[3, 3, 0, 0]} />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
