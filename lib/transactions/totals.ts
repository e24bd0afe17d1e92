import type { Db, Prisma } from '@/lib/db';
import type { TransactionFilters } from './filters';
import { buildTransactionWhere } from './list';

// Totals of a filtered transaction list: the whole filter, not the page shown. Done as SQL
// aggregates (bigint sums), never by loading rows. With a category filter, a split transaction
// counts only its parts in that category, as budgets and the spending report count it, so a
// report cell equals the total of the list it links to.

export type TransactionTotals = { count: number; inflowMinor: bigint; outflowMinor: bigint; netMinor: bigint };

type Sums = { count: number; netMinor: bigint; inflowMinor: bigint };

async function sumTransactions(db: Db, where: Prisma.TransactionWhereInput): Promise<Sums> {
  const [all, positive] = await Promise.all([
    db.transaction.aggregate({ where, _count: { _all: true }, _sum: { amountMinor: true } }),
    db.transaction.aggregate({ where: { AND: [where, { amountMinor: { gt: 0n } }] }, _sum: { amountMinor: true } }),
  ]);
  return { count: all._count._all, netMinor: all._sum.amountMinor ?? 0n, inflowMinor: positive._sum.amountMinor ?? 0n };
}

/** The parts, in one category, of the split transactions that match the filter. */
async function sumSplitParts(db: Db, where: Prisma.TransactionWhereInput, categoryId: string): Promise<Sums> {
  const parts = { categoryId, transaction: { is: where } };
  const [count, all, positive] = await Promise.all([
    db.transaction.count({ where: { AND: [where, { splits: { some: { categoryId } } }] } }),
    db.transactionSplit.aggregate({ where: parts, _sum: { amountMinor: true } }),
    db.transactionSplit.aggregate({ where: { ...parts, amountMinor: { gt: 0n } }, _sum: { amountMinor: true } }),
  ]);
  return { count, netMinor: all._sum.amountMinor ?? 0n, inflowMinor: positive._sum.amountMinor ?? 0n };
}

export async function getTransactionTotals(db: Db, userId: string, filters: TransactionFilters): Promise<TransactionTotals> {
  const where = buildTransactionWhere(db, userId, filters);
  const category = filters.categoryId && filters.categoryId !== 'none' ? filters.categoryId : null;
  const sums: Sums[] = category
    ? await Promise.all([sumTransactions(db, { AND: [where, { splits: { none: {} } }] }), sumSplitParts(db, where, category)])
    : [await sumTransactions(db, where)];
  const count = sums.reduce((n, s) => n + s.count, 0);
  const netMinor = sums.reduce((n, s) => n + s.netMinor, 0n);
  const inflowMinor = sums.reduce((n, s) => n + s.inflowMinor, 0n);
  return { count, inflowMinor, outflowMinor: inflowMinor - netMinor, netMinor };
}
