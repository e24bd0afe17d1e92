import type { Db } from '@/lib/db';
import { getBudgetMonth } from '@/lib/budgeting/budgets';
import { addMonths } from '@/lib/dates';
import { describeCategories, ensureDefaultCategories } from '@/lib/categories/ensure-categories';
import { getMonthlyTotals, getSpendingByCategory, getTopCounterparties } from './monthly';

// The dashboard's reads, one function per card, each touching only the months it shows.

export async function getMonthOverview(db: Db, workspaceId: string, month: string) {
  const categories = describeCategories(await ensureDefaultCategories(db, workspaceId));
  const [[totals], byCategory, budgets] = await Promise.all([
    getMonthlyTotals(db, workspaceId, month, month),
    getSpendingByCategory(db, workspaceId, month, month, categories),
    getBudgetMonth(db, workspaceId, month),
  ]);
  const budgeted = budgets.reduce((sum, b) => sum + b.availableMinor, 0n);
  const budgetedSpent = budgets.reduce((sum, b) => sum + b.spentMinor, 0n);
  // Spending is the month's total as defined once (refund-heavy categories included), not the sum of the list.
  return { month, totals: totals!, spentMinor: totals!.spendingMinor, budgetedMinor: budgeted, budgetedSpentMinor: budgetedSpent, byCategory, budgets };
}

export async function getIncomeVsExpenses(db: Db, workspaceId: string, month: string, months = 12) {
  return getMonthlyTotals(db, workspaceId, addMonths(month, -(months - 1)), month);
}

export async function getTopMerchants(db: Db, workspaceId: string, month: string, months = 3) {
  return getTopCounterparties(db, workspaceId, addMonths(month, -(months - 1)), month, 'out', 8);
}
