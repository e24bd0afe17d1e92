import { formatMonth } from '@/lib/dates';

// A long cash-flow range (a business with ten years) drawn by month gives bars thinner than a few
// pixels. These pure functions group months into quarters or years with exact bigint sums, and
// choose the grouping from the number of months and the width there is to draw them in.

export const CASH_FLOW_GROUPINGS = ['auto', 'month', 'quarter', 'year'] as const;
export type CashFlowGrouping = (typeof CASH_FLOW_GROUPINGS)[number];
export type BucketSize = Exclude<CashFlowGrouping, 'auto'>;

/** `first`/`last` are the months of the range inside the bucket: a quarter cut by the range's edge is partial. */
export type CashFlowBucket = { key: string; size: BucketSize; first: string; last: string; monthCount: number; partial: boolean; inflowMinor: bigint; outflowMinor: bigint; netMinor: bigint; spendingMinor: bigint };

/** Below this many pixels per bucket (money in and money out side by side) bars stop being readable. */
export const MIN_BUCKET_PX = 8;
/** The plot width assumed before the chart has been measured: a phone's, so nothing starts too thin. */
export const ASSUMED_PLOT_PX = 300;

const MONTHS_PER: Record<BucketSize, number> = { month: 1, quarter: 3, year: 12 };

export function parseCashFlowGrouping(value: string | string[] | undefined): CashFlowGrouping {
  const first = Array.isArray(value) ? value[0] : value;
  return CASH_FLOW_GROUPINGS.includes(first as CashFlowGrouping) ? (first as CashFlowGrouping) : 'auto';
}

/** The finest grouping whose buckets are each at least MIN_BUCKET_PX wide; a year when nothing is. */
export function chooseBucketSize(monthCount: number, plotWidthPx: number): BucketSize {
  for (const size of ['month', 'quarter'] as const) {
    const buckets = Math.ceil(monthCount / MONTHS_PER[size]) + (size === 'quarter' ? 1 : 0); // +1: partial quarters at both edges
    if (plotWidthPx / Math.max(1, buckets) >= MIN_BUCKET_PX) return size;
  }
  return 'year';
}

export function resolveBucketSize(grouping: CashFlowGrouping, monthCount: number, plotWidthPx = ASSUMED_PLOT_PX): BucketSize {
  return grouping === 'auto' ? chooseBucketSize(monthCount, plotWidthPx) : grouping;
}

/** "2026-05" → "2026-Q2" / "2026" / "2026-05". */
export function bucketKey(month: string, size: BucketSize): string {
  const [year, monthNumber] = [month.slice(0, 4), Number(month.slice(5, 7))];
  if (size === 'year') return year;
  if (size === 'quarter') return `${year}-Q${Math.ceil(monthNumber / 3)}`;
  return month;
}

/** Months in order (one per month of the range, as getMonthlyTotals returns them) → buckets in order. */
/** What bucketing needs of a month's totals (spending is optional: the chart draws without it). */
export type BucketableMonth = { month: string; inflowMinor: bigint; outflowMinor: bigint; netMinor: bigint; spendingMinor?: bigint };

export function bucketMonths(months: readonly BucketableMonth[], size: BucketSize): CashFlowBucket[] {
  const buckets: CashFlowBucket[] = [];
  for (const month of months) {
    const key = bucketKey(month.month, size);
    const last = buckets.at(-1);
    if (last && last.key === key) {
      last.last = month.month;
      last.monthCount += 1;
      last.inflowMinor += month.inflowMinor;
      last.outflowMinor += month.outflowMinor;
      last.netMinor += month.netMinor;
      last.spendingMinor += month.spendingMinor ?? 0n;
    } else {
      buckets.push({ key, size, first: month.month, last: month.month, monthCount: 1, partial: false, inflowMinor: month.inflowMinor, outflowMinor: month.outflowMinor, netMinor: month.netMinor, spendingMinor: month.spendingMinor ?? 0n });
    }
  }
  for (const bucket of buckets) bucket.partial = bucket.monthCount < MONTHS_PER[size];
  return buckets;
}

const monthName = (month: string) => formatMonth(month, 'short').slice(0, 3);
const SIZE_NOUNS: Record<BucketSize, string> = { month: 'month', quarter: 'quarter', year: 'year' };
export const bucketNoun = (size: BucketSize) => SIZE_NOUNS[size];

/** "Jan 2026", "Q1 2026", "2026"; a partial bucket names the months it holds: "Q4 2025 (Nov–Dec)". */
export function bucketLabel(bucket: CashFlowBucket, style: 'long' | 'short' = 'short'): string {
  if (bucket.size === 'month') return formatMonth(bucket.first, style);
  const year = bucket.key.slice(0, 4);
  const name = bucket.size === 'quarter' ? `${bucket.key.slice(5)} ${year}` : year;
  if (!bucket.partial) return name;
  const span = bucket.first === bucket.last ? monthName(bucket.first) : `${monthName(bucket.first)}–${monthName(bucket.last)}`;
  return `${name} (${span})`;
}
