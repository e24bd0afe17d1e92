'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { axisMoney, tooltipMoney } from './chart-format';

export type IncomeExpensesPoint = { label: string; income: number; expenses: number };

/** Money in vs money out per month. Decorative for screen readers: the table beside it carries the numbers. */
export function IncomeExpensesChart({ data }: { data: IncomeExpensesPoint[] }) {
  return (
    <div aria-hidden="true" className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#94a3b8" strokeOpacity={0.4} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} stroke="#64748b" />
          <YAxis tickFormatter={axisMoney} tick={{ fontSize: 12 }} stroke="#64748b" width={56} />
          <Tooltip formatter={tooltipMoney} />
          <Legend />
          <Bar dataKey="income" name="Money in" fill="#0f766e" radius={[3, 3, 0, 0]} />
          <Bar dataKey="expenses" name="Money out" fill="#be123c" radius={[3, 3, 0, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
