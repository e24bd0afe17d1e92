import type { Metadata } from 'next';
import { DeleteGoalForm } from '@/components/goals/delete-goal-form';
import { GoalForm, type GoalLinkOptions } from '@/components/goals/goal-form';
import { GoalProgress } from '@/components/goals/goal-progress';
import { PageHeader } from '@/components/shell/page-header';
import { Card } from '@/components/ui/card';
import { Disclosure } from '@/components/ui/disclosure';
import { WriteOnly } from '@/components/workspaces/workspace-role';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { describeCategories, ensureDefaultCategories } from '@/lib/categories/ensure-categories';
import { toIsoDay } from '@/lib/dates';
import { getDb } from '@/lib/db';
import { listGoals } from '@/lib/goals/goals';
import { minorUnitsToDecimal } from '@/lib/money';

export const metadata: Metadata = { title: 'Goals' };

export default async function GoalsPage() {
  const actor = await requireWorkspace('read');
  const db = getDb();
  // The clock is read once per request.
  const today = toIsoDay(new Date());
  const [goals, accounts, categoryRows] = await Promise.all([
    listGoals(db, actor.workspaceId, today),
    db.bankAccount.findMany({ where: { workspaceId: actor.workspaceId }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    ensureDefaultCategories(db, actor.workspaceId),
  ]);
  const labels = describeCategories(categoryRows);
  const options: GoalLinkOptions = {
    accounts,
    categories: categoryRows.filter((row) => !row.hidden && row.kind !== 'income').map((row) => ({ id: row.id, label: labels.get(row.id)!.label })),
  };
  return (
    <>
      <PageHeader title="Savings goals" />
      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <Card title="Your goals">
          {goals.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              No goals yet.<WriteOnly> Add one: a holiday, an emergency fund, a new car. Cashlens works out what to put aside each month.</WriteOnly>
            </p>
          ) : (
            <ul className="divide-y divide-slate-100 dark:divide-slate-800">
              {goals.map((goal) => (
                <li key={goal.id} aria-label={`Goal ${goal.name}`} className="space-y-3 py-4">
                  <GoalProgress goal={goal} />
                  <WriteOnly>
                    <Disclosure title={`Edit ${goal.name}`}>
                      <div className="space-y-4">
                        <GoalForm goal={{ id: goal.id, name: goal.name, target: minorUnitsToDecimal(goal.targetMinor), targetDate: goal.targetDay, link: `${goal.link.kind}:${goal.link.id}` }} options={options} />
                        <DeleteGoalForm id={goal.id} name={goal.name} />
                      </div>
                    </Disclosure>
                  </WriteOnly>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <WriteOnly>
          <Card title="Add a goal">
            <GoalForm options={options} />
          </Card>
        </WriteOnly>
      </div>
    </>
  );
}
