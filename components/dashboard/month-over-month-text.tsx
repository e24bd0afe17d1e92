import { Money } from '@/components/transactions/money';
import { formatDate } from '@/lib/dates';
import type { MonthOverMonth, PeriodTotals } from '@/lib/insights/month-over-month';

function change(current: bigint, previous: bigint) {
  const delta = current - previous;
  if (delta === 0n) return 'the same';
  return (
    <>
      <Money minor={delta < 0n ? -delta : delta} /> {delta > 0n ? 'more' : 'less'}
    </>
  );
}

// On the first of the month the compared span is one day: "1 Dec 2026", not "1 Dec 2026 – 1 Dec 2026".
function span(period: PeriodTotals): string {
  const [first, last] = [formatDate(period.first), formatDate(period.last)];
  return first === last ? first : `${first} – ${last}`;
}

/** Money in and out against the same days of the month before, with the compared days written out. */
export function MonthOverMonthText({ comparison }: { comparison: MonthOverMonth }) {
  const { current, previous } = comparison;
  return (
    <div className="mt-4 text-sm">
      <h3 className="font-medium">Month over month</h3>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {comparison.partial ? 'So far this month, against the same days of last month' : 'Whole month against the month before'}: {span(current)} vs {span(previous)}.
      </p>
      <ul className="mt-1 space-y-0.5">
        <li>Money in: <Money minor={current.inflowMinor} /> vs <Money minor={previous.inflowMinor} /> ({change(current.inflowMinor, previous.inflowMinor)})</li>
        <li>Money out: <Money minor={current.outflowMinor} /> vs <Money minor={previous.outflowMinor} /> ({change(current.outflowMinor, previous.outflowMinor)})</li>
      </ul>
    </div>
  );
}
