import type { Db } from '@/lib/db';
import { BadInputError } from '@/lib/errors';
import { refreshRollupsInTransaction } from '@/lib/budgeting/rollups';
import { inTransaction } from '@/lib/sync/sql';
import { mergeBudgetRows } from './budget-merge';
import { findOwnCategory } from './manage';

export type MergeResult = { transactions: number; splits: number; rules: number; budgets: number; goals: number };

/**
 * Moves everything filed under `fromId` to `intoId` and deletes `fromId`, in ONE database
 * transaction: transactions, split parts, rules, goals and budgets (summed month by month,
 * lib/categories/budget-merge.ts), then the monthly rollups of the months it touched are rebuilt
 * in the same transaction, so no page ever sees money under a category that no longer exists.
 * Both ids must be the user's (another user's reads as not found); a group with categories in
 * it, two kinds of money, or a category merged into itself are refused before anything changes.
 */
export async function mergeCategory(db: Db, workspaceId: string, fromId: string, intoId: string): Promise<MergeResult> {
  if (fromId === intoId) throw new BadInputError('Choose a different category to merge into.', { intoId: ['Choose a different category to merge into.'] });
  const [from, into] = [await findOwnCategory(db, workspaceId, fromId), await findOwnCategory(db, workspaceId, intoId)];
  if (from.kind !== into.kind) throw new BadInputError(`“${from.name}” and “${into.name}” hold different kinds of money (spending, income, transfers); merge only categories of the same kind.`, { intoId: ['Choose a category of the same kind.'] });
  const children = await db.category.count({ where: { workspaceId, parentId: from.id } });
  if (children > 0) throw new BadInputError(`“${from.name}” is a group with categories in it; merge or move those first.`, { fromId: ['Merge or move the categories in this group first.'] });

  return inTransaction(db, async (sql, tx) => {
    const byUserFrom = { workspaceId, categoryId: from.id };
    // Read inside the transaction: a sync landing meanwhile adds rows the merge then also moves.
    const months = (await tx.monthlyRollup.groupBy({ by: ['month'], where: byUserFrom })).map((row) => row.month);
    const transactions = await tx.transaction.updateMany({ where: byUserFrom, data: { categoryId: into.id } });
    const splits = await tx.transactionSplit.updateMany({ where: byUserFrom, data: { categoryId: into.id } });
    const rules = await tx.categoryRule.updateMany({ where: { workspaceId, setCategoryId: from.id }, data: { setCategoryId: into.id } });
    const goals = await tx.goal.updateMany({ where: byUserFrom, data: { categoryId: into.id } });

    const budgetFields = { id: true, categoryId: true, month: true, amountMinor: true, rollover: true, stopped: true } as const;
    const fromBudgets = await tx.budget.findMany({ where: byUserFrom, select: budgetFields });
    if (fromBudgets.length > 0) {
      const intoBudgets = await tx.budget.findMany({ where: { workspaceId, categoryId: into.id }, select: budgetFields });
      const merged = mergeBudgetRows(fromBudgets, intoBudgets);
      await tx.budget.deleteMany({ where: { workspaceId, categoryId: { in: [from.id, into.id] } } });
      await tx.budget.createMany({ data: merged.map((row) => ({ workspaceId, categoryId: into.id, ...row })) });
    }

    await tx.category.delete({ where: { id: from.id } });
    // A default category's key is how bank data finds it (bank-mapping.ts). Merged into one of the
    // user's own categories, the key goes along, so new bank rows land where the old ones went.
    if (from.key && !into.key) await tx.category.update({ where: { id: into.id }, data: { key: from.key } });
    await refreshRollupsInTransaction(sql, workspaceId, months);
    return { transactions: transactions.count, splits: splits.count, rules: rules.count, budgets: fromBudgets.length, goals: goals.count };
  });
}
