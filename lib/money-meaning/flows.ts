import type { Db } from '@/lib/db';
import { monthOf, monthStart, addMonths } from '@/lib/dates';
import { ensureDefaultCategories, type CategoryRow } from '@/lib/categories/ensure-categories';
import { listRoledAccounts } from './account-roles';
import { LOAN_CATEGORY_KEY, MORTGAGE_CATEGORY_KEY, OWNER_DRAW_CATEGORY_KEY, SAVINGS_CATEGORY_KEY, type MoneySettings, type Treatment } from './definitions';
import { getMoneySettings } from './settings';

// Every figure's raw material: money in and out per month and category, each group marked with how
// it counts (definitions.ts). Ordinary rows come from the monthly rollups (posted, not transfers);
// the transfers a setting can count (loan payments, savings contributions) are summed from the
// transactions themselves: a handful a month, read through the (accountId, bookedOn) index.

/** `source` says where a group came from: ordinary rows, payments received on loans, or transfers into and out of savings. */
export type MoneyFlow = { month: string; categoryId: string; inflowMinor: bigint; outflowMinor: bigint; treatment: Treatment; source: 'rows' | 'loan' | 'savings' };
export type MoneyFlows = { flows: MoneyFlow[]; settings: MoneySettings; categories: CategoryRow[] };

type Subtrees = { savings: Set<string>; ownerDraw: Set<string>; loan: Set<string>; kinds: Map<string, string>; idOfKey: Map<string, string> };

function subtreesOf(categories: CategoryRow[]): Subtrees {
  const idOfKey = new Map(categories.filter((c) => c.key).map((c) => [c.key!, c.id]));
  const subtree = (key: string) => {
    const root = idOfKey.get(key);
    return new Set(root ? [root, ...categories.filter((c) => c.parentId === root).map((c) => c.id)] : []);
  };
  return { savings: subtree(SAVINGS_CATEGORY_KEY), ownerDraw: subtree(OWNER_DRAW_CATEGORY_KEY), loan: subtree(LOAN_CATEGORY_KEY), kinds: new Map(categories.map((c) => [c.id, c.kind])), idOfKey };
}

/** How a group of ordinary (non-transfer) rows on everyday or savings accounts counts. */
export function treatmentOfCategory(categoryId: string, settings: MoneySettings, trees: Subtrees): Treatment {
  const kind = trees.kinds.get(categoryId);
  if (kind === 'transfer') return 'transfer';
  if (kind === 'income') return 'income';
  if (trees.savings.has(categoryId)) return settings.savingsContributions === 'spending' ? 'spending' : 'transfer';
  if (trees.ownerDraw.has(categoryId)) return settings.ownerDraws === 'spending' ? 'spending' : 'owner_draw';
  if (trees.loan.has(categoryId)) return settings.loanPayments === 'spending' ? 'spending' : 'transfer';
  return 'spending'; // expense categories, uncategorised ('') and deleted categories
}

export type FlowOptions = { accountIds?: string[]; settings?: MoneySettings };

/** Money flows for months [from, to]; `accountIds` narrows to some accounts, `settings` overrides the stored ones. */
export async function readMoneyFlows(db: Db, workspaceId: string, from: string, to: string, options: FlowOptions = {}): Promise<MoneyFlows> {
  const [settings, categories, accounts] = await Promise.all([options.settings ?? getMoneySettings(db, workspaceId), ensureDefaultCategories(db, workspaceId), listRoledAccounts(db, workspaceId, options.accountIds)]);
  const trees = subtreesOf(categories);
  const counted = accounts.filter((a) => a.role === 'everyday' || a.role === 'savings').map((a) => a.id);
  const loans = accounts.filter((a) => a.role === 'loan');
  const savings = accounts.filter((a) => a.role === 'savings').map((a) => a.id);
  const bookedOn = { gte: monthStart(from), lt: monthStart(addMonths(to, 1)) };

  const [rollups, loanPayments, savingsIn, savingsOut] = await Promise.all([
    db.monthlyRollup.groupBy({ by: ['month', 'categoryId'], where: { workspaceId, month: { gte: from, lte: to }, accountId: { in: counted } }, _sum: { inflowMinor: true, outflowMinor: true } }),
    // A payment received on a loan, from a linked account (a transfer) or from elsewhere.
    loans.length ? db.transaction.groupBy({ by: ['accountId', 'bookedOn'], where: { workspaceId, accountId: { in: loans.map((l) => l.id) }, status: 'posted', amountMinor: { gt: 0n }, bookedOn }, _sum: { amountMinor: true } }) : [],
    savings.length ? db.transaction.groupBy({ by: ['bookedOn'], where: { workspaceId, accountId: { in: savings }, status: 'posted', isTransfer: true, amountMinor: { gt: 0n }, bookedOn }, _sum: { amountMinor: true } }) : [],
    savings.length ? db.transaction.groupBy({ by: ['bookedOn'], where: { workspaceId, accountId: { in: savings }, status: 'posted', isTransfer: true, amountMinor: { lt: 0n }, bookedOn }, _sum: { amountMinor: true } }) : [],
  ]);

  const flows: MoneyFlow[] = rollups.map((row) => ({ month: row.month, categoryId: row.categoryId, inflowMinor: row._sum.inflowMinor ?? 0n, outflowMinor: row._sum.outflowMinor ?? 0n, treatment: treatmentOfCategory(row.categoryId, settings, trees), source: 'rows' }));
  const mortgageIds = new Set(loans.filter((l) => l.isMortgage).map((l) => l.id));
  const loanTreatment: Treatment = settings.loanPayments === 'spending' ? 'spending' : 'transfer';
  for (const row of loanPayments) {
    const categoryId = trees.idOfKey.get(mortgageIds.has(row.accountId) ? MORTGAGE_CATEGORY_KEY : LOAN_CATEGORY_KEY) ?? '';
    flows.push({ month: monthOf(row.bookedOn), categoryId, inflowMinor: 0n, outflowMinor: row._sum.amountMinor ?? 0n, treatment: loanTreatment, source: 'loan' });
  }
  // Into savings is a contribution, out of savings back to an everyday account a withdrawal (like a refund).
  const savingsCategory = trees.idOfKey.get(SAVINGS_CATEGORY_KEY) ?? '';
  const savingsTreatment: Treatment = settings.savingsContributions === 'spending' ? 'spending' : 'transfer';
  for (const row of savingsIn) flows.push({ month: monthOf(row.bookedOn), categoryId: savingsCategory, inflowMinor: 0n, outflowMinor: row._sum.amountMinor ?? 0n, treatment: savingsTreatment, source: 'savings' });
  for (const row of savingsOut) flows.push({ month: monthOf(row.bookedOn), categoryId: savingsCategory, inflowMinor: -(row._sum.amountMinor ?? 0n), outflowMinor: 0n, treatment: savingsTreatment, source: 'savings' });
  return { flows, settings, categories };
}
