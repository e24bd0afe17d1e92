'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { Bar, ComposedChart, Line } from 'recharts';
import { chartValue } from '@/components/transactions/money';
import { ASSUMED_PLOT_PX, bucketLabel, bucketMonths, bucketNoun, resolveBucketSize, type CashFlowGrouping } from '@/lib/insights/cash-flow-buckets';
import { ChartFrame, chartMargin, timeAxes } from './chart-frame';

/** A month's totals in minor units as decimal strings (exact across the server–browser boundary). */
export type CashFlowMonthPoint = { month: string; inflowMinor: string; outflowMinor: string; netMinor: string };

// The money axis (56 px) and the chart's side margins take this much of the box's width.
const PLOT_INSET = 56 + chartMargin.left + chartMargin.right;

/** Money in and out per month, quarter or year: with `auto`, the finest grouping whose bars fit the width drawn in. */
export function CashFlowChart({ months, grouping }: { months: CashFlowMonthPoint[]; grouping: CashFlowGrouping }) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry ? entry.contentRect.width : null));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const size = resolveBucketSize(grouping, months.length, width === null ? ASSUMED_PLOT_PX : width - PLOT_INSET);
  const data = useMemo(() => {
    const totals = months.map((m) => ({ month: m.month, inflowMinor: BigInt(m.inflowMinor), outflowMinor: BigInt(m.outflowMinor), netMinor: BigInt(m.netMinor) }));
    // Sums stay bigint per bucket; only the finished sums become numbers, for drawing.
    return bucketMonths(totals, size).map((b) => ({ label: bucketLabel(b), inflow: chartValue(b.inflowMinor), outflow: chartValue(b.outflowMinor), net: chartValue(b.netMinor) }));
  }, [months, size]);
  return (
    <div ref={box}>
      <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">
        Each bar is one {bucketNoun(size)}{grouping === 'auto' && size !== 'month' ? ', so that the bars fit this width' : ''}.
      </p>
      <ChartFrame heightClass="h-72">
        <ComposedChart accessibilityLayer={false} data={data} margin={chartMargin}>
          {timeAxes({ minTickGap: 16 })}
          <Bar isAnimationActive={false} dataKey="inflow" name="Money in" fill="#0f766e" />
          <Bar isAnimationActive={false} dataKey="outflow" name="Money out" fill="#be123c" />
          <Line isAnimationActive={false} dataKey="net" name="Net" stroke="#1f57b8" strokeWidth={2} dot={false} />
        </ComposedChart>
      </ChartFrame>
    </div>
  );
}
