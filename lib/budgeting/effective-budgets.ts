// Budgets carry forward: a row set for March is the budget of April, May… until a later row for
// the same category changes it (a new amount, or a `stopped` marker that ends it). So the budget
// in effect for a month is the category's latest row at or before that month, unless that row is
// a stop. Pure, over the few rows one user has per category.

export type StoredBudget = { id: string; categoryId: string; month: string; amountMinor: bigint; rollover: boolean; stopped: boolean };

export type EffectiveBudgets = {
  /** The row in effect for a category in a month, or null (never set, or stopped). */
  at(categoryId: string, month: string): StoredBudget | null;
  /** Every category with a budget in effect in the month. */
  inMonth(month: string): StoredBudget[];
};

export function indexEffectiveBudgets(rows: StoredBudget[]): EffectiveBudgets {
  const byCategory = new Map<string, StoredBudget[]>();
  for (const row of rows) {
    const list = byCategory.get(row.categoryId) ?? [];
    list.push(row);
    byCategory.set(row.categoryId, list);
  }
  // Newest first, so the first row at or before a month is the one in effect.
  for (const list of byCategory.values()) list.sort((a, b) => (a.month < b.month ? 1 : a.month > b.month ? -1 : 0));
  const at = (categoryId: string, month: string): StoredBudget | null => {
    const row = byCategory.get(categoryId)?.find((r) => r.month <= month);
    return row && !row.stopped ? row : null;
  };
  return {
    at,
    inMonth: (month) => [...byCategory.keys()].flatMap((categoryId) => at(categoryId, month) ?? []),
  };
}
