import { Money } from '@/components/transactions/money';
import { formatMonth } from '@/lib/dates';
import type { Comparison } from '@/lib/insights/cash-flow';

export function ComparisonText({ title, comparison }: { title: string; comparison: Comparison }) {
  return (
    <div>
      <dt className="text-slate-600 dark:text-slate-400">{title}</dt>
      <dd>
        {comparison ? (
          <>
            Net <Money minor={comparison.netMinor} /> in {formatMonth(comparison.month)} vs <Money minor={comparison.againstNetMinor} /> in {formatMonth(comparison.against)} (
            {comparison.changeMinor >= 0n ? 'up ' : 'down '}
            <Money minor={comparison.changeMinor < 0n ? -comparison.changeMinor : comparison.changeMinor} />)
          </>
        ) : (
          'Not enough history.'
        )}
      </dd>
    </div>
  );
}
