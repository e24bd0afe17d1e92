import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PeriodTotals } from '@/lib/insights/month-over-month';
import { MonthOverMonthText } from './month-over-month-text';

const period = (first: string, last: string, inflowMinor: bigint, outflowMinor: bigint): PeriodTotals => ({ first, last, inflowMinor, outflowMinor });
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('MonthOverMonthText', () => {
  it('writes a one-day span once, on the first of the month', () => {
    const html = renderToStaticMarkup(createElement(MonthOverMonthText, { comparison: { partial: true, current: period('2026-12-01', '2026-12-01', 0n, 38_104n), previous: period('2026-11-01', '2026-11-01', 0n, 18_451n) } }));
    expect(text(html)).toContain('So far this month, against the same days of last month: 1 Dec 2026 vs 1 Nov 2026.');
    expect(text(html)).toContain('Money out: $381.04 vs $184.51 ($196.53 more)');
  });

  it('writes a longer span from its first to its last day', () => {
    const html = renderToStaticMarkup(createElement(MonthOverMonthText, { comparison: { partial: false, current: period('2026-11-01', '2026-11-30', 500_000n, 0n), previous: period('2026-10-01', '2026-10-31', 500_000n, 0n) } }));
    expect(text(html)).toContain('Whole month against the month before: 1 Nov 2026 – 30 Nov 2026 vs 1 Oct 2026 – 31 Oct 2026.');
    expect(text(html)).toContain('Money in: $5,000.00 vs $5,000.00 (the same)');
  });
});
