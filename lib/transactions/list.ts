import type { Db, Prisma } from '@/lib/db';
import { parseMoney } from '@/lib/money';
import { providerOf } from '@/lib/sync/sql';
import type { TransactionFilters } from './filters';

// The transaction list, one page at a time, over any length of history: every query is scoped
// by userId and ordered on indexed columns ((userId, bookedOn), (userId, categoryId, bookedOn));
// no total count (counting a million rows per page view is the slow part), just "is there more".

export const PAGE_SIZE = 50;

export type TransactionListItem = {
  id: string;
  bookedOn: Date;
  status: string;
  amountMinor: bigint;
  currency: string;
  description: string;
  /** What the list shows: the user's own name for this row, else the payee (renamed or cleaned). */
  merchant: string | null;
  payeeKey: string | null;
  categoryId: string | null;
  categorySource: string | null;
  isTransfer: boolean;
  notes: string | null;
  accountId: string;
  accountName: string;
  /** Entered by hand on a manual account. */
  manual: boolean;
  tags: { id: string; name: string }[];
  splitCount: number;
};

// amountMinor is a signed 64-bit column: a typed number beyond it cannot be an amount, and
// binding it would make the database driver throw (a 500 on the page, a cut-off CSV export).
const MAX_COLUMN_AMOUNT = 2n ** 63n - 1n;

export function buildTransactionWhere(db: Db, userId: string, filters: TransactionFilters): Prisma.TransactionWhereInput {
  const and: Prisma.TransactionWhereInput[] = [{ userId }];
  if (filters.q) {
    // SQLite's LIKE is already case-insensitive for ASCII; PostgreSQL needs it asked for.
    // (The app is typed against the SQLite client, which has no `mode`; the PostgreSQL one does.)
    const like = (providerOf(db) === 'postgresql' ? { contains: filters.q, mode: 'insensitive' } : { contains: filters.q }) as { contains: string };
    const or: Prisma.TransactionWhereInput[] = [{ description: like }, { merchantName: like }, { bankMerchantName: like }, { payee: like }];
    const amount = parseMoney(filters.q);
    if (amount !== null && amount !== 0n && amount <= MAX_COLUMN_AMOUNT && amount >= -MAX_COLUMN_AMOUNT) or.push({ amountMinor: { in: [amount < 0n ? -amount : amount, amount < 0n ? amount : -amount] } });
    and.push({ OR: or });
  }
  if (filters.accountId) and.push({ accountId: filters.accountId });
  if (filters.categoryId) and.push(filters.categoryId === 'none' ? { categoryId: null } : { OR: [{ categoryId: filters.categoryId }, { splits: { some: { categoryId: filters.categoryId } } }] });
  if (filters.tagId) and.push({ tags: { some: { tagId: filters.tagId } } });
  if (filters.from) and.push({ bookedOn: { gte: filters.from } });
  if (filters.to) and.push({ bookedOn: { lte: filters.to } });
  if (filters.status !== 'all') and.push({ status: filters.status });
  const min = filters.minAmountMinor;
  const max = filters.maxAmountMinor;
  if (min !== null || max !== null) {
    // Absolute amount between min and max: the range on the positive side or its mirror on the negative side.
    and.push({
      OR: [
        { amountMinor: { gte: min ?? 0n, ...(max !== null ? { lte: max } : {}) } },
        { amountMinor: { lte: min !== null ? -min : 0n, ...(max !== null ? { gte: -max } : {}) } },
      ],
    });
  }
  return { AND: and };
}

function orderFor(sort: TransactionFilters['sort']): Prisma.TransactionOrderByWithRelationInput[] {
  switch (sort) {
    case 'date_asc':
      return [{ bookedOn: 'asc' }, { id: 'asc' }];
    case 'amount_desc':
      return [{ amountMinor: 'desc' }, { id: 'asc' }];
    case 'amount_asc':
      return [{ amountMinor: 'asc' }, { id: 'asc' }];
    default:
      return [{ bookedOn: 'desc' }, { id: 'desc' }];
  }
}

const select = {
  id: true,
  bookedOn: true,
  status: true,
  amountMinor: true,
  currency: true,
  description: true,
  merchantName: true,
  bankMerchantName: true,
  payee: true,
  payeeKey: true,
  categoryId: true,
  categorySource: true,
  isTransfer: true,
  notes: true,
  accountId: true,
  origin: true,
  account: { select: { name: true } },
  tags: { select: { tag: { select: { id: true, name: true } } } },
  _count: { select: { splits: true } },
} satisfies Prisma.TransactionSelect;

type Row = Prisma.TransactionGetPayload<{ select: typeof select }>;

function toItem(row: Row): TransactionListItem {
  return {
    id: row.id,
    bookedOn: row.bookedOn,
    status: row.status,
    amountMinor: row.amountMinor,
    currency: row.currency,
    description: row.description,
    merchant: row.merchantName ?? row.payee ?? row.bankMerchantName,
    payeeKey: row.payeeKey,
    categoryId: row.categoryId,
    categorySource: row.categorySource,
    isTransfer: row.isTransfer,
    notes: row.notes,
    accountId: row.accountId,
    accountName: row.account.name,
    manual: row.origin === 'manual',
    tags: row.tags.map((t) => t.tag),
    splitCount: row._count.splits,
  };
}

export async function listTransactions(db: Db, userId: string, filters: TransactionFilters, pageSize = PAGE_SIZE): Promise<{ items: TransactionListItem[]; hasMore: boolean }> {
  const rows = await db.transaction.findMany({
    where: buildTransactionWhere(db, userId, filters),
    orderBy: orderFor(filters.sort),
    skip: (filters.page - 1) * pageSize,
    take: pageSize + 1,
    select,
  });
  return { items: rows.slice(0, pageSize).map(toItem), hasMore: rows.length > pageSize };
}

/** Every matching row, in batches, for the CSV export (bounded so one request cannot run forever). */
export async function* iterateTransactions(db: Db, userId: string, filters: TransactionFilters, limit = 200_000): AsyncGenerator<TransactionListItem> {
  const batch = 2000;
  for (let skip = 0; skip < limit; skip += batch) {
    const rows = await db.transaction.findMany({ where: buildTransactionWhere(db, userId, filters), orderBy: orderFor(filters.sort), skip, take: batch, select });
    for (const row of rows) yield toItem(row);
    if (rows.length < batch) return;
  }
}

export async function getTransaction(db: Db, userId: string, id: string) {
  return db.transaction.findFirst({
    where: { id, userId },
    select: { ...select, splits: { orderBy: { sortOrder: 'asc' }, select: { id: true, categoryId: true, amountMinor: true, note: true } } },
  });
}
