import { addMonths } from '@/lib/dates';
import { indexEffectiveBudgets, type StoredBudget } from './effective-budgets';

// Budget vs actual for one month, pure. A budget on a parent category ("Food") counts the
// spending of its children too. A budget is the one in effect for the month (set then or carried
// forward from an earlier month). With rollover, what was left last month (or overspent, as a
// negative) is added to this month's amount, month after month while rollover stays on.

export type BudgetStatus = 'ok' | 'warning' | 'over';

export type BudgetLine = {
  budgetId: string;
  categoryId: string;
  sinceMonth: string; // the month the amount was set in (earlier than the line's month when carried forward)
  label: string;
  /** The group the category sits in (its parent's name, or its own for a group): budgets are listed by it. */
  group: string;
  amountMinor: bigint;
  carriedMinor: bigint;
  availableMinor: bigint;
  spentMinor: bigint;
  remainingMinor: bigint;
  percent: number; // spent / available, 0 when nothing is available and nothing spent
  status: BudgetStatus;
  rollover: boolean;
};

type Described = Map<string, { label: string; parentId: string | null }>;

export function statusFor(spent: bigint, available: bigint): { percent: number; status: BudgetStatus } {
  if (available <= 0n) return { percent: spent > 0n ? 100 : 0, status: spent > 0n ? 'over' : 'ok' };
  // Basis points in bigint, then a float only for display.
  const percent = Number((spent * 10_000n) / available) / 100;
  return { percent, status: percent >= 100 ? 'over' : percent >= 80 ? 'warning' : 'ok' };
}

function spentIn(spending: Map<string, bigint> | undefined, categoryId: string, categories: Described): bigint {
  if (!spending) return 0n;
  let total = spending.get(categoryId) ?? 0n;
  for (const [id, info] of categories) if (info.parentId === categoryId) total += spending.get(id) ?? 0n;
  return total;
}

function groupLabel(categories: Described, categoryId: string): string {
  const info = categories.get(categoryId)!;
  return info.parentId ? (categories.get(info.parentId)?.label ?? info.label) : info.label;
}

export function computeBudgetLines(input: {
  month: string;
  budgets: StoredBudget[];
  spending: Map<string, Map<string, bigint>>;
  categories: Described;
  rollupMonths: number;
}): BudgetLine[] {
  const effective = indexEffectiveBudgets(input.budgets);
  const carryInto = (categoryId: string, month: string, depth: number): bigint => {
    const previousMonth = addMonths(month, -1);
    const previous = effective.at(categoryId, previousMonth);
    const current = effective.at(categoryId, month);
    if (!current?.rollover || !previous || depth >= input.rollupMonths) return 0n;
    const available = previous.amountMinor + carryInto(categoryId, previousMonth, depth + 1);
    return available - spentIn(input.spending.get(previousMonth), categoryId, input.categories);
  };
  return effective
    .inMonth(input.month)
    .filter((b) => input.categories.has(b.categoryId))
    .map((budget) => {
      const carried = carryInto(budget.categoryId, input.month, 0);
      const available = budget.amountMinor + carried;
      const spent = spentIn(input.spending.get(input.month), budget.categoryId, input.categories);
      return {
        budgetId: budget.id,
        categoryId: budget.categoryId,
        sinceMonth: budget.month,
        label: input.categories.get(budget.categoryId)!.label,
        group: groupLabel(input.categories, budget.categoryId),
        amountMinor: budget.amountMinor,
        carriedMinor: carried,
        availableMinor: available,
        spentMinor: spent,
        remainingMinor: available - spent,
        rollover: budget.rollover,
        ...statusFor(spent, available),
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}
