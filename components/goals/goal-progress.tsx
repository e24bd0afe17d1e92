import { Money } from '@/components/transactions/money';
import { formatDate } from '@/lib/dates';
import type { GoalView } from '@/lib/goals/goals';
import { WriteOnly } from '@/components/workspaces/workspace-role';

const BAR = { reached: 'bg-emerald-600', past_due: 'bg-red-700', in_progress: 'bg-brand-600' } as const;
const BADGE = {
  reached: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100',
  past_due: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100',
} as const;

/** One goal: saved of target, a bar, and what it needs each month (the state is written, not only coloured). */
export function GoalProgress({ goal }: { goal: GoalView }) {
  const p = goal.progress;
  return (
    <div className="space-y-1.5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-medium">
          {goal.name}
          {p.status !== 'in_progress' ? <span className={`ml-2 rounded px-1.5 py-0.5 text-xs ${BADGE[p.status]}`}>{p.status === 'reached' ? 'Reached' : 'Past due'}</span> : null}
        </h3>
        <p className="text-sm">
          <Money minor={p.savedMinor} /> of <Money minor={goal.targetMinor} /> · by {formatDate(goal.targetDay)}
        </p>
      </div>
      <div role="progressbar" aria-label={`${goal.name} saved`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={p.percent} aria-valuetext={`${p.percent}% saved`} className="h-2.5 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700">
        <div className={`h-full ${BAR[p.status]}`} style={{ width: `${p.percent}%` }} />
      </div>
      <p className="text-xs text-slate-700 dark:text-slate-300">
        {p.status === 'reached' ? (
          'Target reached.'
        ) : p.status === 'past_due' ? (
          <>The date has passed; <Money minor={p.remainingMinor} /> still to save.</>
        ) : (
          <>
            Save <Money minor={p.monthlyNeededMinor} className="font-semibold" /> a month for {p.monthsLeft} month{p.monthsLeft === 1 ? '' : 's'} (<Money minor={p.remainingMinor} /> to go).
          </>
        )}
        {goal.link.name ? <> Saved in {goal.link.name}.</> : <> Its {goal.link.kind} is gone<WriteOnly fallback=".">; edit the goal to link another.</WriteOnly></>}
      </p>
    </div>
  );
}
