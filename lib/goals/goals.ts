import type { Db } from '@/lib/db';
import { bumpDataVersion } from '@/lib/page-cache/data-version';
import { parseIsoDay, toIsoDay } from '@/lib/dates';
import { NotFoundError } from '@/lib/errors';
import { computeGoalProgress, type GoalProgress } from './goal-math';
import type { GoalInput } from './goal-schema';

// Savings goals: stored rows, their progress on a given day, create/edit/delete. Every query is
// scoped by the user; another user's goal, account or category id reads as not found.

export type GoalView = {
  id: string;
  name: string;
  targetMinor: bigint;
  targetDay: string;
  link: { kind: 'account' | 'category'; id: string; name: string | null };
  progress: GoalProgress;
};

const goalFields = { id: true, name: true, targetMinor: true, targetDate: true, accountId: true, categoryId: true, startsOn: true } as const;

/**
 * Money saved toward a category goal: the category's posted net since the goal started, split
 * transactions by their parts. Money put into a savings category is an outflow, so saved is its
 * negative; for an income category, what came in.
 */
async function savedInCategory(db: Db, workspaceId: string, categoryId: string, kind: string, since: Date): Promise<bigint> {
  const posted = { status: 'posted', bookedOn: { gte: since } };
  const [whole, parts] = await Promise.all([
    db.transaction.aggregate({ _sum: { amountMinor: true }, where: { workspaceId, categoryId, ...posted, splits: { none: {} } } }),
    db.transactionSplit.aggregate({ _sum: { amountMinor: true }, where: { workspaceId, categoryId, transaction: posted } }),
  ]);
  const net = (whole._sum.amountMinor ?? 0n) + (parts._sum.amountMinor ?? 0n);
  return kind === 'income' ? net : -net;
}

/** The user's goals with progress as of `today` ("YYYY-MM-DD"), soonest target first. */
export async function listGoals(db: Db, workspaceId: string, today: string): Promise<GoalView[]> {
  const goals = await db.goal.findMany({ where: { workspaceId }, orderBy: [{ targetDate: 'asc' }, { name: 'asc' }], select: goalFields, take: 200 });
  const accountIds = goals.flatMap((goal) => goal.accountId ?? []);
  const categoryIds = goals.flatMap((goal) => goal.categoryId ?? []);
  // Prisma still runs a query for an empty IN list; most people have no goals, or goals of one kind.
  const [accounts, categories] = await Promise.all([
    accountIds.length ? db.bankAccount.findMany({ where: { workspaceId, id: { in: accountIds } }, select: { id: true, name: true, currentBalanceMinor: true } }) : [],
    categoryIds.length ? db.category.findMany({ where: { workspaceId, id: { in: categoryIds } }, select: { id: true, name: true, kind: true } }) : [],
  ]);
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  const views: GoalView[] = [];
  for (const goal of goals) {
    const account = goal.accountId ? accountById.get(goal.accountId) : undefined;
    const category = goal.categoryId ? categoryById.get(goal.categoryId) : undefined;
    // A link that is gone (account removed) shows no progress rather than a wrong figure.
    const saved = account ? (account.currentBalanceMinor ?? 0n) : category ? await savedInCategory(db, workspaceId, category.id, category.kind, goal.startsOn) : 0n;
    const targetDay = toIsoDay(goal.targetDate);
    views.push({
      id: goal.id,
      name: goal.name,
      targetMinor: goal.targetMinor,
      targetDay,
      link: goal.accountId ? { kind: 'account', id: goal.accountId, name: account?.name ?? null } : { kind: 'category', id: goal.categoryId ?? '', name: category?.name ?? null },
      progress: computeGoalProgress({ targetMinor: goal.targetMinor, targetDay, savedMinor: saved, today }),
    });
  }
  return views;
}

async function checkLink(db: Db, workspaceId: string, link: GoalInput['link']): Promise<{ accountId: string | null; categoryId: string | null }> {
  if (link.kind === 'account') {
    const account = await db.bankAccount.findFirst({ where: { id: link.id, workspaceId }, select: { id: true } });
    if (!account) throw new NotFoundError('That account');
    return { accountId: account.id, categoryId: null };
  }
  const category = await db.category.findFirst({ where: { id: link.id, workspaceId }, select: { id: true } });
  if (!category) throw new NotFoundError('That category');
  return { accountId: null, categoryId: category.id };
}

/** A new goal; a category goal counts money saved from `today` on. */
export async function createGoal(db: Db, workspaceId: string, input: GoalInput, today: string): Promise<string> {
  const link = await checkLink(db, workspaceId, input.link);
  const goal = await db.goal.create({
    data: { workspaceId, name: input.name, targetMinor: input.target, targetDate: parseIsoDay(input.targetDate), startsOn: parseIsoDay(today), ...link },
    select: { id: true },
  });
  await bumpDataVersion(db, workspaceId);
  return goal.id;
}

export async function updateGoal(db: Db, workspaceId: string, id: string, input: GoalInput): Promise<void> {
  const goal = await db.goal.findFirst({ where: { id, workspaceId }, select: { id: true } });
  if (!goal) throw new NotFoundError('That goal');
  const link = await checkLink(db, workspaceId, input.link);
  await db.goal.update({ where: { id: goal.id }, data: { name: input.name, targetMinor: input.target, targetDate: parseIsoDay(input.targetDate), ...link } });
  await bumpDataVersion(db, workspaceId);
}

export async function deleteGoal(db: Db, workspaceId: string, id: string): Promise<void> {
  const deleted = await db.goal.deleteMany({ where: { id, workspaceId } });
  if (deleted.count === 0) throw new NotFoundError('That goal');
  await bumpDataVersion(db, workspaceId);
}
