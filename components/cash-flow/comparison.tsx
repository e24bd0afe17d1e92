import { Money } from '@/components/transactions/money';
import { formatDate, formatMonth } from '@/lib/dates';
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
            {comparison.days ? (
              <span className="block text-xs text-slate-600 dark:text-slate-400">
                So far: {formatDate(comparison.days.current[0])} – {formatDate(comparison.days.current[1])} against {formatDate(comparison.days.previous[0])} – {formatDate(comparison.days.previous[1])}
              </span>
            ) : null}
          </>
        ) : (
          'Not enough history.'
        )}
      </dd>
    </div>
  );
}
