import { describe, expect, it } from 'vitest';
import { monthsBetween } from '@/lib/dates';
import { bucketKey, bucketLabel, bucketMonths, chooseBucketSize, parseCashFlowGrouping, resolveBucketSize } from './cash-flow-buckets';
import type { BucketableMonth } from './cash-flow-buckets';

/** One row per month from `from` to `to`; month i (0-based) has i+1 dollars and 1 cent in, i cents out. */
function months(from: string, to: string): BucketableMonth[] {
  return monthsBetween(from, to).map((month, i) => {
    const inflowMinor = BigInt(i + 1) * 100n + 1n;
    const outflowMinor = BigInt(i);
    return { month, inflowMinor, outflowMinor, netMinor: inflowMinor - outflowMinor };
  });
}

describe('bucketKey', () => {
  it('names the quarter and year of a month', () => {
    expect(bucketKey('2026-01', 'quarter')).toBe('2026-Q1');
    expect(bucketKey('2026-03', 'quarter')).toBe('2026-Q1');
    expect(bucketKey('2026-04', 'quarter')).toBe('2026-Q2');
    expect(bucketKey('2026-12', 'quarter')).toBe('2026-Q4');
    expect(bucketKey('2026-12', 'year')).toBe('2026');
    expect(bucketKey('2026-12', 'month')).toBe('2026-12');
  });
});

describe('bucketMonths', () => {
  it('cuts partial quarters at both edges and starts a new quarter at the year boundary', () => {
    const buckets = bucketMonths(months('2025-11', '2026-04'), 'quarter');
    expect(buckets.map((b) => [b.key, b.first, b.last, b.monthCount, b.partial])).toEqual([
      ['2025-Q4', '2025-11', '2025-12', 2, true],
      ['2026-Q1', '2026-01', '2026-03', 3, false],
      ['2026-Q2', '2026-04', '2026-04', 1, true],
    ]);
    // Exact cents: months 0..1, 2..4, 5.
    expect(buckets.map((b) => b.inflowMinor)).toEqual([101n + 201n, 301n + 401n + 501n, 601n]);
    expect(buckets.map((b) => b.outflowMinor)).toEqual([0n + 1n, 2n + 3n + 4n, 5n]);
    expect(buckets.map((b) => b.netMinor)).toEqual(buckets.map((b) => b.inflowMinor - b.outflowMinor));
  });

  it('groups ten years into years whose sums add up to the whole range', () => {
    const rows = months('2016-07', '2026-06');
    const years = bucketMonths(rows, 'year');
    expect(years.map((b) => b.key)).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    expect(years[0]).toMatchObject({ first: '2016-07', last: '2016-12', monthCount: 6, partial: true });
    expect(years[1]).toMatchObject({ first: '2017-01', last: '2017-12', monthCount: 12, partial: false });
    expect(years.at(-1)).toMatchObject({ first: '2026-01', last: '2026-06', monthCount: 6, partial: true });
    const total = (list: { inflowMinor: bigint }[]) => list.reduce((sum, b) => sum + b.inflowMinor, 0n);
    expect(total(years)).toBe(total(rows));
    expect(total(bucketMonths(rows, 'quarter'))).toBe(total(rows));
  });

  it('keeps months as they are, and sums beyond the exact range of a float exactly', () => {
    const big = 2n ** 60n + 1n;
    const rows: BucketableMonth[] = ['2026-01', '2026-02'].map((month) => ({ month, inflowMinor: big, outflowMinor: 0n, netMinor: big }));
    expect(bucketMonths(rows, 'month').map((b) => [b.key, b.partial])).toEqual([['2026-01', false], ['2026-02', false]]);
    expect(bucketMonths(rows, 'quarter')[0]!.inflowMinor).toBe(2n * big);
    expect(bucketMonths([], 'year')).toEqual([]);
  });
});

describe('chooseBucketSize', () => {
  it('keeps months while each is wide enough, then quarters, then years', () => {
    expect(chooseBucketSize(12, 300)).toBe('month');
    expect(chooseBucketSize(120, 1000)).toBe('month');
    expect(chooseBucketSize(120, 900)).toBe('quarter');
    expect(chooseBucketSize(120, 300)).toBe('year');
    expect(chooseBucketSize(36, 280)).toBe('quarter');
    expect(chooseBucketSize(1, 0)).toBe('year');
  });

  it('uses the chosen grouping over the automatic one', () => {
    expect(resolveBucketSize('month', 120, 100)).toBe('month');
    expect(resolveBucketSize('auto', 120, 100)).toBe('year');
    expect(resolveBucketSize('auto', 12)).toBe('month');
  });
});

describe('parseCashFlowGrouping', () => {
  it('reads a known grouping and falls back to automatic', () => {
    expect(parseCashFlowGrouping('quarter')).toBe('quarter');
    expect(parseCashFlowGrouping(['year', 'month'])).toBe('year');
    expect(parseCashFlowGrouping('weekly')).toBe('auto');
    expect(parseCashFlowGrouping(undefined)).toBe('auto');
  });
});

describe('bucketLabel', () => {
  it('names whole buckets plainly and partial ones with the months they hold', () => {
    const [q4, q1, q2] = bucketMonths(months('2025-11', '2026-04'), 'quarter');
    expect([q4, q1, q2].map((b) => bucketLabel(b!))).toEqual(['Q4 2025 (Nov–Dec)', 'Q1 2026', 'Q2 2026 (Apr)']);
    expect(bucketMonths(months('2025-11', '2026-04'), 'year').map((b) => bucketLabel(b))).toEqual(['2025 (Nov–Dec)', '2026 (Jan–Apr)']);
    expect(bucketLabel(bucketMonths(months('2026-04', '2026-04'), 'month')[0]!, 'long')).toBe('April 2026');
  });
});
