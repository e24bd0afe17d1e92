import type { Db } from '@/lib/db';
import { readMoneyFlows, type FlowOptions } from '@/lib/money-meaning/flows';
import { SOURCE_LINES } from '@/lib/money-meaning/definitions';
import { spentOf, totalsByMonth, type MonthTotals } from '@/lib/money-meaning/totals';

// Money in, money out, spending and income per month, and spending per category, all as
// lib/money-meaning defines them (posted rows, transfers between own accounts left out, the user's
// settings for savings contributions, owner draws and loan payments applied).

export type { MonthTotals };

export async function getMonthlyTotals(db: Db, workspaceId: string, from: string, to: string, options?: FlowOptions): Promise<MonthTotals[]> {
  const { flows } = await readMoneyFlows(db, workspaceId, from, to, options);
  return totalsByMonth(flows, from, to);
}

export type CategorySpending = { categoryId: string; label: string; spentMinor: bigint };

/** Spending per top-level category in a month range (children roll up into their parent; loan payments and counted contributions on lines of their own); categories that net to a refund are left off the list. */
export async function getSpendingByCategory(
  db: Db,
  workspaceId: string,
  from: string,
  to: string,
  categories: Map<string, { name: string; kind: string; parentId: string | null }>,
): Promise<CategorySpending[]> {
  const { flows } = await readMoneyFlows(db, workspaceId, from, to);
  const totals = new Map<string, bigint>();
  const labels = new Map<string, string>();
  for (const flow of flows) {
    if (flow.treatment !== 'spending') continue;
    const line = flow.source === 'rows' ? null : SOURCE_LINES[flow.source];
    if (line) labels.set(line.id, line.label);
    const topId = line?.id ?? categories.get(flow.categoryId)?.parentId ?? flow.categoryId;
    totals.set(topId, (totals.get(topId) ?? 0n) + spentOf(flow));
  }
  return [...totals]
    .filter(([, spent]) => spent > 0n)
    .map(([categoryId, spentMinor]) => ({ categoryId, label: labels.get(categoryId) ?? categories.get(categoryId)?.name ?? 'Uncategorised', spentMinor }))
    .sort((a, b) => (b.spentMinor > a.spentMinor ? 1 : b.spentMinor < a.spentMinor ? -1 : 0));
}

export type CounterpartyTotal = { merchant: string; totalMinor: bigint; count: number };

// Interest, bank fees and transfers have a payee but are not merchants: "INTEREST CHARGED" must
// never top the list. Their categories (the fees group and anything filed under it, interest
// income, transfer categories) are left out.
async function notMerchantCategoryIds(db: Db, workspaceId: string): Promise<string[]> {
  const direct = await db.category.findMany({
    where: { workspaceId, OR: [{ key: 'fees' }, { key: { startsWith: 'fees.' } }, { key: 'income.interest' }, { kind: 'transfer' }] },
    select: { id: true, key: true },
  });
  const feeGroups = direct.filter((category) => category.key === 'fees').map((category) => category.id);
  const children = feeGroups.length ? await db.category.findMany({ where: { workspaceId, parentId: { in: feeGroups } }, select: { id: true } }) : [];
  return [...new Set([...direct, ...children].map((category) => category.id))];
}

/** Merchants by money out (vendors) or money in (customers) over a month range. */
export async function getTopCounterparties(db: Db, workspaceId: string, from: string, to: string, direction: 'out' | 'in', limit = 8): Promise<CounterpartyTotal[]> {
  const excluded = await notMerchantCategoryIds(db, workspaceId);
  // A loan's own lines (interest accrued, escrow moved, late fees) are the lender's bookkeeping,
  // not purchases: what the user pays for a loan is its payment, a recurring bill of its own.
  // A private account's merchants would show its transactions to the other members: left out too.
  const loans = await db.bankAccount.findMany({ where: { workspaceId, OR: [{ accountCategory: 'LOAN_ACCOUNT' }, { privateToUserId: { not: null } }] }, select: { id: true } });
  const rows = await db.monthlyRollup.groupBy({
    by: ['merchant'],
    where: {
      workspaceId,
      month: { gte: from, lte: to },
      merchant: { not: '' },
      ...(excluded.length ? { categoryId: { notIn: excluded } } : {}),
      ...(loans.length ? { accountId: { notIn: loans.map((loan) => loan.id) } } : {}),
      ...(direction === 'out' ? { outCount: { gt: 0 } } : { inCount: { gt: 0 } }),
    },
    _sum: { outflowMinor: true, inflowMinor: true, outCount: true, inCount: true },
    orderBy: { _sum: direction === 'out' ? { outflowMinor: 'desc' } : { inflowMinor: 'desc' } },
    take: limit,
  });
  return rows.map((row) => ({
    merchant: row.merchant,
    totalMinor: (direction === 'out' ? row._sum.outflowMinor : row._sum.inflowMinor) ?? 0n,
    count: (direction === 'out' ? row._sum.outCount : row._sum.inCount) ?? 0,
  }));
}
