import type { Db, Prisma } from '@/lib/db';
import type { PageCursor } from './cursor';
import type { TransactionFilters } from './filters';
import { inJsonIds, jsonIdsTable, providerOf, rawBigInt, rawDate, sameUserNoIndex, sqlRunner } from '@/lib/sync/sql';
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

// The page's rows by primary key, with their account's name and split count, in one statement, and
// their tags in a second. Through Prisma's relation loading this was four queries and most of the
// page's database time; and "workspaceId = ? AND id IN (…)" let SQLite, without planner statistics,
// walk the whole workspace's index to find fifty rows. Ids lead here (jsonIdsTable); the workspace
// is still required of every row, only kept off the index choice (sameUserNoIndex).
type RowOut = {
  id: string;
  bookedOn: unknown;
  status: string;
  amountMinor: unknown;
  currency: string;
  description: string;
  merchantName: string | null;
  bankMerchantName: string | null;
  payee: string | null;
  payeeKey: string | null;
  categoryId: string | null;
  categorySource: string | null;
  isTransfer: unknown;
  notes: string | null;
  accountId: string;
  origin: string;
  accountName: string;
  splitCount: unknown;
};

type TagOut = { transactionId: string; id: string; name: string };

function toItem(row: RowOut, tags: { id: string; name: string }[]): TransactionListItem {
  return {
    id: row.id,
    bookedOn: rawDate(row.bookedOn),
    status: row.status,
    amountMinor: rawBigInt(row.amountMinor),
    currency: row.currency,
    description: row.description,
    merchant: row.merchantName ?? row.payee ?? row.bankMerchantName,
    payeeKey: row.payeeKey,
    categoryId: row.categoryId,
    categorySource: row.categorySource,
    // A boolean from both adapters; Boolean() also reads a driver's 0/1.
    isTransfer: Boolean(row.isTransfer),
    notes: row.notes,
    accountId: row.accountId,
    accountName: row.accountName,
    manual: row.origin === 'manual',
    tags,
    splitCount: Number(row.splitCount),
  };
}

async function readRows(db: Db, workspaceId: string, ids: string[]): Promise<Map<string, TransactionListItem>> {
  const provider = providerOf(db);
  const sql = sqlRunner(db, provider);
  const idsJson = JSON.stringify(ids);
  const [rows, tags] = await Promise.all([
    sql.query<RowOut>(
      `SELECT t."id", t."bookedOn", t."status", t."amountMinor", t."currency", t."description", t."merchantName", t."bankMerchantName",
              t."payee", t."payeeKey", t."categoryId", t."categorySource", t."isTransfer", t."notes", t."accountId", t."origin",
              a."name" AS "accountName",
              (SELECT COUNT(*) FROM "TransactionSplit" s WHERE s."transactionId" = t."id") AS "splitCount"
         FROM ${jsonIdsTable('page', provider)}
         CROSS JOIN "Transaction" t
         JOIN "BankAccount" a ON a."id" = t."accountId"
        WHERE t."id" = page."value" AND ${sameUserNoIndex('t."workspaceId"', provider)}`,
      [idsJson, workspaceId],
    ),
    sql.query<TagOut>(
      `SELECT x."transactionId", g."id", g."name"
         FROM "TransactionTag" x JOIN "Tag" g ON g."id" = x."tagId"
        WHERE ${inJsonIds('x."transactionId"', provider)} AND g."workspaceId" = ?
        ORDER BY g."name", g."id"`,
      [idsJson, workspaceId],
    ),
  ]);
  const tagsOf = new Map<string, { id: string; name: string }[]>();
  for (const tag of tags) {
    const list = tagsOf.get(tag.transactionId) ?? [];
    list.push({ id: tag.id, name: tag.name });
    tagsOf.set(tag.transactionId, list);
  }
  return new Map(rows.map((row) => [row.id, toItem(row, tagsOf.get(row.id) ?? [])]));
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
  const byId = page.keys.length ? await readRows(db, workspaceId, page.keys.map((k) => k.id)) : new Map<string, TransactionListItem>();
  const items = page.keys.flatMap((k) => {
    const item = byId.get(k.id);
    return item ? [item] : [];
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

// One transaction with everything its detail page shows.
const detailSelect = {
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

export async function getTransaction(db: Db, workspaceId: string, id: string) {
  return db.transaction.findFirst({
    where: { id, workspaceId },
    select: { ...detailSelect, splits: { orderBy: { sortOrder: 'asc' }, select: { id: true, categoryId: true, amountMinor: true, note: true } } },
  });
}
