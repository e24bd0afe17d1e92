import { Button } from '@/components/ui/button';
import { Money } from '@/components/transactions/money';
import { WriteOnly } from '@/components/workspaces/workspace-role';
import { removeBudgetAction } from '@/lib/budgeting/actions';
import { formatMonth } from '@/lib/dates';
import type { BudgetLine } from '@/lib/budgeting/budget-math';
import { ProgressBar, statusText } from './progress-bar';

const tone = { ok: 'text-emerald-800 dark:text-emerald-300', warning: 'text-amber-800 dark:text-amber-300', over: 'text-red-700 dark:text-red-400' };

/** Budgets under their group ("Food", "Housing"), in the lines' order. */
function byGroup(lines: BudgetLine[]): [string, BudgetLine[]][] {
  const groups = new Map<string, BudgetLine[]>();
  for (const line of lines) groups.set(line.group, [...(groups.get(line.group) ?? []), line]);
  return [...groups];
}

export function BudgetList({ month, lines }: { month: string; lines: BudgetLine[] }) {
  if (lines.length === 0) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        No budgets in effect this month.<WriteOnly> A budget you set applies from its month on, until you change it.</WriteOnly>
      </p>
    );
  }
  return (
    <div className="space-y-6">
      {byGroup(lines).map(([group, groupLines]) => (
        <section key={group} aria-label={`${group} budgets`} className="space-y-3">
          <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">{group}</h3>
          <BudgetLines month={month} lines={groupLines} />
        </section>
      ))}
    </div>
  );
}

function BudgetLines({ month, lines }: { month: string; lines: BudgetLine[] }) {
  return (
    <ul className="space-y-4">
      {lines.map((line) => (
        <li key={line.budgetId} aria-label={`Budget for ${line.label}`} className="space-y-1.5">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h4 className="font-medium">{line.label}</h4>
            <p className="text-sm">
              <Money minor={line.spentMinor} /> of <Money minor={line.availableMinor} />
              <span className={`ml-2 font-medium ${tone[line.status]}`}>
                {line.percent.toFixed(0)}% · {statusText[line.status]}
              </span>
            </p>
          </div>
          <ProgressBar percent={line.percent} status={line.status} label={`${line.label} budget used`} />
          <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-slate-600 dark:text-slate-400">
            <span>
              Budget <Money minor={line.amountMinor} />
              {line.sinceMonth < month ? <> (since {formatMonth(line.sinceMonth)})</> : null}
              {line.rollover ? (
                <>
                  {' '}· rollover {line.carriedMinor < 0n ? 'overspend' : 'leftover'} <Money minor={line.carriedMinor} />
                </>
              ) : null}
              {' '}· {line.remainingMinor < 0n ? 'over by ' : 'left '}
              <Money minor={line.remainingMinor < 0n ? -line.remainingMinor : line.remainingMinor} />
            </span>
            <WriteOnly>
              <form action={removeBudgetAction}>
                <input type="hidden" name="categoryId" value={line.categoryId} />
                <input type="hidden" name="month" value={month} />
                <Button type="submit" variant="ghost" className="min-h-8 px-2 py-1 text-xs" aria-label={`Remove the ${line.label} budget from ${formatMonth(month)} on`}>
                  Remove from this month on
                </Button>
              </form>
            </WriteOnly>
          </div>
        </li>
      ))}
    </ul>
  );
}
