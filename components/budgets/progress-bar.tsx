import type { BudgetStatus } from '@/lib/budgeting/budget-math';

const colours: Record<BudgetStatus, string> = {
  ok: 'bg-emerald-600',
  warning: 'bg-amber-500',
  over: 'bg-red-700',
};

export const statusText: Record<BudgetStatus, string> = { ok: 'On track', warning: 'Over 80%', over: 'Over budget' };

/** A labelled progress bar; the status is also written out, not only coloured. */
export function ProgressBar({ percent, status, label }: { percent: number; status: BudgetStatus; label: string }) {
  const shown = Math.min(100, Math.max(0, percent));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(shown)}
      aria-valuetext={`${percent.toFixed(0)}% used, ${statusText[status].toLowerCase()}`}
      className="h-2.5 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
    >
      <div className={`h-full ${colours[status]}`} style={{ width: `${shown}%` }} />
    </div>
  );
}
