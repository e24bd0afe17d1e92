import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { WriteOnly } from '@/components/workspaces/workspace-role';
import { getDb } from '@/lib/db';
import { readDashboardGoals } from '@/lib/page-cache/cached-pages';
import { GoalProgress } from './goal-progress';

/** The dashboard's goals: the soonest few, each with what it needs this month. */
export async function GoalsCard({ workspaceId, now }: { workspaceId: string; now: Date }) {
  const goals = await readDashboardGoals(getDb(), workspaceId, now);
  return (
    <Card title="Savings goals">
      {goals.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          No goals yet.
          <WriteOnly>
            {' '}
            <Link href="/goals" className="font-medium text-brand-700 underline dark:text-brand-100">Add a savings goal</Link> and see what to put aside each month.
          </WriteOnly>
        </p>
      ) : (
        <ul className="space-y-4">
          {goals.slice(0, 4).map((goal) => (
            <li key={goal.id} aria-label={`Goal ${goal.name}`}>
              <GoalProgress goal={goal} />
            </li>
          ))}
          {goals.length > 4 ? <li><Link href="/goals" className="text-sm font-medium text-brand-700 underline dark:text-brand-100">All {goals.length} goals</Link></li> : null}
        </ul>
      )}
    </Card>
  );
}
