'use client';

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { axisMoney, tooltipMoney } from './chart-format';

export type CashFlowPoint = { label: string; inflow: number; outflow: number; net: number };

export function CashFlowChart({ data }: { data: CashFlowPoint[] }) {
  return (
    <div aria-hidden="true" className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#94a3b8" strokeOpacity={0.4} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} stroke="#64748b" minTickGap={16} />
          <YAxis tickFormatter={axisMoney} tick={{ fontSize: 12 }} stroke="#64748b" width={56} />
          <Tooltip formatter={tooltipMoney} />
          <Legend />
          <Bar dataKey="inflow" name="Money in" fill="#0f766e" />
          <Bar dataKey="outflow" name="Money out" fill="#be123c" />
          <Line dataKey="net" name="Net" stroke="#1f57b8" strokeWidth={2} dot={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
