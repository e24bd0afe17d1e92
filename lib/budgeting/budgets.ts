import type { Db } from '@/lib/db';
import { describeCategories, ensureDefaultCategories } from '@/lib/categories/ensure-categories';
import type { BudgetInput } from './budget-schema';
import { addMonths } from '@/lib/dates';
import { BadInputError } from '@/lib/errors';
import { computeBudgetLines, type BudgetLine } from './budget-math';

export type { BudgetLine } from './budget-math';

// Rollover looks back at most this far; older leftovers are history, not money to spend now.
const ROLLOVER_MONTHS = 24;

/** Net spending per category per month (outflow minus refunds), from the rollups. */
async function spendingByCategoryMonth(db: Db, userId: string, from: string, to: string): Promise<Map<string, Map<string, bigint>>> {
  const rows = await db.monthlyRollup.groupBy({
    by: ['month', 'categoryId'],
    where: { userId, month: { gte: from, lte: to } },
    _sum: { outflowMinor: true, inflowMinor: true },
  });
  const byMonth = new Map<string, Map<string, bigint>>();
  for (const row of rows) {
    const month = byMonth.get(row.month) ?? new Map<string, bigint>();
    month.set(row.categoryId, (row._sum.outflowMinor ?? 0n) - (row._sum.inflowMinor ?? 0n));
    byMonth.set(row.month, month);
  }
  return byMonth;
}

export async function getBudgetMonth(db: Db, userId: string, month: string): Promise<BudgetLine[]> {
  const categories = await ensureDefaultCategories(db, userId);
  const from = addMonths(month, -ROLLOVER_MONTHS);
  const [budgets, spending] = await Promise.all([
    db.budget.findMany({ where: { userId, month: { gte: from, lte: month } }, select: { id: true, categoryId: true, month: true, amountMinor: true, rollover: true } }),
    spendingByCategoryMonth(db, userId, from, month),
  ]);
  return computeBudgetLines({ month, budgets, spending, categories: describeCategories(categories), rollupMonths: ROLLOVER_MONTHS });
}

export async function setBudget(db: Db, userId: string, input: BudgetInput): Promise<void> {
  const category = await db.category.findFirst({ where: { id: input.categoryId, userId }, select: { kind: true } });
  if (!category) throw new BadInputError('Choose one of your categories.');
  if (category.kind !== 'expense') throw new BadInputError('Budgets are for spending categories.');
  await db.budget.upsert({
    where: { userId_categoryId_month: { userId, categoryId: input.categoryId, month: input.month } },
    create: { userId, categoryId: input.categoryId, month: input.month, amountMinor: input.amount, rollover: input.rollover },
    update: { amountMinor: input.amount, rollover: input.rollover },
  });
}

export async function deleteBudget(db: Db, userId: string, id: string): Promise<void> {
  await db.budget.deleteMany({ where: { id, userId } });
}

/** Copies last month's budgets into `month`, leaving any already set for `month` alone. */
export async function copyLastMonth(db: Db, userId: string, month: string): Promise<number> {
  const previous = await db.budget.findMany({ where: { userId, month: addMonths(month, -1) } });
  if (previous.length === 0) throw new BadInputError('Last month has no budgets to copy.');
  return db.$transaction(async (tx) => {
    const existing = new Set((await tx.budget.findMany({ where: { userId, month }, select: { categoryId: true } })).map((b) => b.categoryId));
    const copies = previous.filter((b) => !existing.has(b.categoryId));
    if (copies.length) {
      await tx.budget.createMany({ data: copies.map((b) => ({ userId, categoryId: b.categoryId, month, amountMinor: b.amountMinor, rollover: b.rollover })) });
    }
    return copies.length;
  });
}
