import { indexEffectiveBudgets, type StoredBudget } from '@/lib/budgeting/effective-budgets';

// Merging category A into B must keep every month's budget: B's budget in a month becomes A's
// plus B's as they were in effect then. Budgets carry forward, so summing only rows of the same
// month would be wrong (A set in March and B in January: March on is A + B, not A alone). So at
// every month where either had a row, B gets a row with the sum of what was in effect; a month
// where neither has one in effect any more gets a `stopped` marker. Pure, over a few rows.

export type MergedBudget = { month: string; amountMinor: bigint; rollover: boolean; stopped: boolean };

export function mergeBudgetRows(fromRows: StoredBudget[], intoRows: StoredBudget[]): MergedBudget[] {
  const effective = indexEffectiveBudgets([...fromRows.map((row) => ({ ...row, categoryId: 'from' })), ...intoRows.map((row) => ({ ...row, categoryId: 'into' }))]);
  const months = [...new Set([...fromRows, ...intoRows].map((row) => row.month))].sort();
  const merged: MergedBudget[] = [];
  for (const month of months) {
    const from = effective.at('from', month);
    const into = effective.at('into', month);
    if (!from && !into) {
      // Nothing in effect: end the carried-forward budget, unless nothing came before either.
      if (merged.length > 0 && !merged[merged.length - 1]!.stopped) merged.push({ month, amountMinor: 0n, rollover: false, stopped: true });
      continue;
    }
    merged.push({ month, amountMinor: (from?.amountMinor ?? 0n) + (into?.amountMinor ?? 0n), rollover: Boolean(from?.rollover || into?.rollover), stopped: false });
  }
  return merged;
}
