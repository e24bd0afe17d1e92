import type { Db, Prisma } from '@/lib/db';
import type { PageCursor } from './cursor';
import type { TransactionFilters } from './filters';
import { readPageKeys } from './page-query';

// The transaction list, one page at a time, over any length of history: page-query.ts finds the
// page's ids by keyset on an index; this file loads those rows with their account, tags and splits.

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

export type TransactionPage = {
  items: TransactionListItem[];
  /** Links to the neighbouring pages (null at either end). */
  next: PageCursor | null;
  previous: PageCursor | null;
};

/** One page of the filtered list, read by keyset from `filters.cursor` (see page-query.ts). */
export async function listTransactions(db: Db, workspaceId: string, filters: TransactionFilters, pageSize = PAGE_SIZE): Promise<TransactionPage> {
  const page = await readPageKeys(db, workspaceId, filters, pageSize);
  const rows = page.keys.length ? await db.transaction.findMany({ where: { workspaceId, id: { in: page.keys.map((k) => k.id) } }, select }) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = page.keys.flatMap((k) => {
    const row = byId.get(k.id);
    return row ? [toItem(row)] : [];
  });
  return { items, next: page.next, previous: page.previous };
}

/** Every matching row, in keyset batches, for the CSV export (bounded so one request cannot run forever). */
export async function* iterateTransactions(db: Db, workspaceId: string, filters: TransactionFilters, limit = 200_000): AsyncGenerator<TransactionListItem> {
  const batch = 2000;
  let cursor: PageCursor | null = null;
  for (let done = 0; done < limit; done += batch) {
    const page: TransactionPage = await listTransactions(db, workspaceId, { ...filters, cursor }, batch);
    for (const item of page.items) yield item;
    if (!page.next) return;
    cursor = page.next;
  }
}

export async function getTransaction(db: Db, workspaceId: string, id: string) {
  return db.transaction.findFirst({
    where: { id, workspaceId },
    select: { ...select, splits: { orderBy: { sortOrder: 'asc' }, select: { id: true, categoryId: true, amountMinor: true, note: true } } },
  });
}
