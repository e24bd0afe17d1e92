'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { axisMoney, tooltipMoney } from './chart-format';

export type NetWorthChartPoint = { label: string; assets: number; liabilities: number; netWorth: number };

export function NetWorthChart({ data }: { data: NetWorthChartPoint[] }) {
  return (
    <div aria-hidden="true" className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#94a3b8" strokeOpacity={0.4} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} stroke="#64748b" />
          <YAxis tickFormatter={axisMoney} tick={{ fontSize: 12 }} stroke="#64748b" width={56} />
          <Tooltip formatter={tooltipMoney} />
          <Legend />
          <Line dataKey="netWorth" name="Net worth" stroke="#1f57b8" strokeWidth={2} dot={false} />
          <Line dataKey="assets" name="Assets" stroke="#0f766e" dot={false} />
          <Line dataKey="liabilities" name="Owed" stroke="#be123c" dot={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
