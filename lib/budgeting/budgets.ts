import type { Db } from '@/lib/db';
import { bumpDataVersion } from '@/lib/page-cache/data-version';
import { describeCategories, ensureDefaultCategories } from '@/lib/categories/ensure-categories';
import type { BudgetInput } from './budget-schema';
import { addMonths } from '@/lib/dates';
import { BadInputError } from '@/lib/errors';
import { readMoneyFlows } from '@/lib/money-meaning/flows';
import { spentOf } from '@/lib/money-meaning/totals';
import { computeBudgetLines, type BudgetLine } from './budget-math';
import { indexEffectiveBudgets, type StoredBudget } from './effective-budgets';

export type { BudgetLine } from './budget-math';

// Rollover looks back at most this far; older leftovers are history, not money to spend now.
const ROLLOVER_MONTHS = 24;

/** Spending per category per month (outflow minus refunds), as lib/money-meaning defines it. */
async function spendingByCategoryMonth(db: Db, workspaceId: string, from: string, to: string): Promise<Map<string, Map<string, bigint>>> {
  const { flows } = await readMoneyFlows(db, workspaceId, from, to);
  const byMonth = new Map<string, Map<string, bigint>>();
  for (const flow of flows) {
    if (flow.treatment !== 'spending') continue;
    const month = byMonth.get(flow.month) ?? new Map<string, bigint>();
    month.set(flow.categoryId, (month.get(flow.categoryId) ?? 0n) + spentOf(flow));
    byMonth.set(flow.month, month);
  }
  return byMonth;
}

const budgetColumns = { id: true, categoryId: true, month: true, amountMinor: true, rollover: true, stopped: true } as const;

/**
 * The budget rows that decide months `from`…`to`: those set inside the window, plus each
 * category's latest row before it (the one still carried forward into `from`).
 */
async function loadBudgetRows(db: Pick<Db, 'budget'>, workspaceId: string, from: string, to: string): Promise<StoredBudget[]> {
  const [inside, before] = await Promise.all([
    db.budget.findMany({ where: { workspaceId, month: { gte: from, lte: to } }, select: budgetColumns }),
    db.budget.groupBy({ by: ['categoryId'], where: { workspaceId, month: { lt: from } }, _max: { month: true } }),
  ]);
  const carried = before.flatMap((b) => (b._max.month ? [{ categoryId: b.categoryId, month: b._max.month }] : []));
  const earlier = carried.length ? await db.budget.findMany({ where: { workspaceId, OR: carried }, select: budgetColumns }) : [];
  return [...earlier, ...inside];
}

export async function getBudgetMonth(db: Db, workspaceId: string, month: string): Promise<BudgetLine[]> {
  const categories = await ensureDefaultCategories(db, workspaceId);
  const from = addMonths(month, -ROLLOVER_MONTHS);
  const [budgets, spending] = await Promise.all([loadBudgetRows(db, workspaceId, from, month), spendingByCategoryMonth(db, workspaceId, from, month)]);
  return computeBudgetLines({ month, budgets, spending, categories: describeCategories(categories), rollupMonths: ROLLOVER_MONTHS });
}

/** Sets a category's budget from `month` on; a change made for a later month stays where it is. */
export async function setBudget(db: Db, workspaceId: string, input: BudgetInput): Promise<void> {
  const category = await db.category.findFirst({ where: { id: input.categoryId, workspaceId }, select: { kind: true } });
  if (!category) throw new BadInputError('Choose one of your categories.');
  if (category.kind !== 'expense') throw new BadInputError('Budgets are for spending categories.');
  await db.budget.upsert({
    where: { workspaceId_categoryId_month: { workspaceId, categoryId: input.categoryId, month: input.month } },
    create: { workspaceId, categoryId: input.categoryId, month: input.month, amountMinor: input.amount, rollover: input.rollover },
    update: { amountMinor: input.amount, rollover: input.rollover, stopped: false },
  });
  await bumpDataVersion(db, workspaceId);
}

/**
 * Removes a category's budget from `month` on: later changes go, earlier months keep theirs. When
 * an earlier month's budget would otherwise carry forward, a stop marker at `month` ends it.
 */
export async function removeBudgetFrom(db: Db, workspaceId: string, categoryId: string, month: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.budget.deleteMany({ where: { workspaceId, categoryId, month: { gte: month } } });
    const earlier = await tx.budget.findFirst({ where: { workspaceId, categoryId, month: { lt: month } }, orderBy: { month: 'desc' }, select: { stopped: true } });
    if (earlier && !earlier.stopped) {
      await tx.budget.create({ data: { workspaceId, categoryId, month, amountMinor: 0n, rollover: false, stopped: true } });
    }
    await bumpDataVersion(tx, workspaceId);
  });
}

/**
 * Sets this month's budget, for every category, to last month's. Budgets already carry forward, so
 * this matters where this month differs: a budget removed or changed this month is set back.
 * Returns how many categories changed.
 */
export async function copyLastMonth(db: Db, workspaceId: string, month: string): Promise<number> {
  const previousMonth = addMonths(month, -1);
  return db.$transaction(async (tx) => {
    const rows = await loadBudgetRows(tx, workspaceId, previousMonth, month);
    const effective = indexEffectiveBudgets(rows);
    const previous = effective.inMonth(previousMonth);
    if (previous.length === 0) throw new BadInputError('Last month has no budgets to copy.');
    const changes = previous.filter((b) => {
      const now = effective.at(b.categoryId, month);
      return !now || now.amountMinor !== b.amountMinor || now.rollover !== b.rollover;
    });
    for (const b of changes) {
      await tx.budget.upsert({
        where: { workspaceId_categoryId_month: { workspaceId, categoryId: b.categoryId, month } },
        create: { workspaceId, categoryId: b.categoryId, month, amountMinor: b.amountMinor, rollover: b.rollover },
        update: { amountMinor: b.amountMinor, rollover: b.rollover, stopped: false },
      });
    }
    await bumpDataVersion(tx, workspaceId);
    return changes.length;
  });
}
