import type { Db } from '@/lib/db';
import { monthsBetween } from '@/lib/dates';

// Income (money in) and expenses (money out) per month from the rollups: posted rows only,
// transfers between the user's own accounts excluded, to the cent.

export type MonthTotals = { month: string; inflowMinor: bigint; outflowMinor: bigint; netMinor: bigint };

export async function getMonthlyTotals(db: Db, userId: string, from: string, to: string): Promise<MonthTotals[]> {
  const rows = await db.monthlyRollup.groupBy({
    by: ['month'],
    where: { userId, month: { gte: from, lte: to } },
    _sum: { inflowMinor: true, outflowMinor: true },
  });
  const byMonth = new Map(rows.map((row) => [row.month, row._sum]));
  return monthsBetween(from, to).map((month) => {
    const sums = byMonth.get(month);
    const inflow = sums?.inflowMinor ?? 0n;
    const outflow = sums?.outflowMinor ?? 0n;
    return { month, inflowMinor: inflow, outflowMinor: outflow, netMinor: inflow - outflow };
  });
}

export type CategorySpending = { categoryId: string; label: string; spentMinor: bigint };

/** Net spending per top-level category in a month range (children roll up into their parent). */
export async function getSpendingByCategory(
  db: Db,
  userId: string,
  from: string,
  to: string,
  categories: Map<string, { name: string; kind: string; parentId: string | null }>,
): Promise<CategorySpending[]> {
  const rows = await db.monthlyRollup.groupBy({
    by: ['categoryId'],
    where: { userId, month: { gte: from, lte: to } },
    _sum: { inflowMinor: true, outflowMinor: true },
  });
  const totals = new Map<string, bigint>();
  for (const row of rows) {
    const category = categories.get(row.categoryId);
    if (category && category.kind !== 'expense') continue;
    const topId = category?.parentId ?? row.categoryId;
    const net = (row._sum.outflowMinor ?? 0n) - (row._sum.inflowMinor ?? 0n);
    totals.set(topId, (totals.get(topId) ?? 0n) + net);
  }
  return [...totals]
    .filter(([, spent]) => spent > 0n)
    .map(([categoryId, spentMinor]) => ({ categoryId, label: categories.get(categoryId)?.name ?? 'Uncategorised', spentMinor }))
    .sort((a, b) => (b.spentMinor > a.spentMinor ? 1 : b.spentMinor < a.spentMinor ? -1 : 0));
}

export type CounterpartyTotal = { merchant: string; totalMinor: bigint; count: number };

// Interest, bank fees and transfers have a payee but are not merchants: "INTEREST CHARGED" must
// never top the list. Their categories (the fees group and anything filed under it, interest
// income, transfer categories) are left out.
async function notMerchantCategoryIds(db: Db, userId: string): Promise<string[]> {
  const direct = await db.category.findMany({
    where: { userId, OR: [{ key: 'fees' }, { key: { startsWith: 'fees.' } }, { key: 'income.interest' }, { kind: 'transfer' }] },
    select: { id: true, key: true },
  });
  const feeGroups = direct.filter((category) => category.key === 'fees').map((category) => category.id);
  const children = feeGroups.length ? await db.category.findMany({ where: { userId, parentId: { in: feeGroups } }, select: { id: true } }) : [];
  return [...new Set([...direct, ...children].map((category) => category.id))];
}

/** Merchants by money out (vendors) or money in (customers) over a month range. */
export async function getTopCounterparties(db: Db, userId: string, from: string, to: string, direction: 'out' | 'in', limit = 8): Promise<CounterpartyTotal[]> {
  const excluded = await notMerchantCategoryIds(db, userId);
  const rows = await db.monthlyRollup.groupBy({
    by: ['merchant'],
    where: {
      userId,
      month: { gte: from, lte: to },
      merchant: { not: '' },
      ...(excluded.length ? { categoryId: { notIn: excluded } } : {}),
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
