import type { Db } from '@/lib/db';
import { providerOf, rawBigInt, rawDate, sqlRunner } from '@/lib/sync/sql';
import type { CursorKey, PageCursor } from './cursor';
import type { Sort, TransactionFilters } from './filters';
import { SQLITE_SEARCH_TABLE } from '@/lib/db/search-index';
import { branches, buildFilterSql, ftsMatch, type Branch, type Fragment } from './list-query';

// Finds one page of the list as (sort key, id) pairs. Keyset: the page after a cursor is
// `(key, id) < (cursor key, cursor id)` in the sort's order, LIMIT n — a range read on the
// (…, key, id) index however deep the page, where OFFSET would step over every earlier row.
// Each branch of the filter (list-query.ts) is its own indexed query; the branches' pages are
// merged here, so an OR never turns a page into a sort of the whole match.

type Column = 'bookedOn' | 'amountMinor';
export type PageKey = { id: string; key: CursorKey };
type Order = { column: Column; descending: boolean };

export function orderOf(sort: Sort): Order {
  return { column: sort.startsWith('date') ? 'bookedOn' : 'amountMinor', descending: sort.endsWith('desc') };
}

/** The SQL for one branch's page; exported for the query-plan test. */
export function pageSql(branch: Branch, sort: Sort, cursor: PageCursor | null, limit: number): Fragment {
  const { column, descending } = orderOf(sort);
  // Reading backwards (a "previous" link) flips the order; the caller flips the rows back.
  const backwards = cursor?.direction === 'prev';
  const descendingRead = descending !== backwards;
  const parts = [branch.where.sql];
  const params = [...branch.where.params];
  if (cursor) {
    parts.push(`(t."${column}", t."id") ${descendingRead ? '<' : '>'} (?, ?)`);
    params.push(cursor.key.kind === 'date' ? cursor.key.day : cursor.key.minor, cursor.id);
  }
  const dir = descendingRead ? 'DESC' : 'ASC';
  return {
    // DISTINCT: a driver can hold a transaction twice (two split parts in one category).
    sql: `SELECT ${branch.from.includes('CROSS JOIN') ? 'DISTINCT ' : ''}t."id" AS "id", t."${column}" AS "k" FROM ${branch.from} WHERE ${parts.map((p) => `(${p})`).join(' AND ')} ORDER BY t."${column}" ${dir}, t."id" ${dir} LIMIT ${limit}`,
    params,
  };
}

function toKey(column: Column, raw: unknown): CursorKey {
  if (column === 'amountMinor') return { kind: 'amount', minor: rawBigInt(raw) };
  return { kind: 'date', day: rawDate(raw) };
}

function compareKeys(a: PageKey, b: PageKey): number {
  const x = a.key.kind === 'date' ? BigInt(a.key.day.getTime()) : a.key.minor;
  const y = b.key.kind === 'date' ? BigInt(b.key.day.getTime()) : (b.key as { minor: bigint }).minor;
  if (x !== y) return x < y ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// Up to this many search matches are read from the full-text index and sorted; more, and the
// page walks the sort order testing each row against the matches (it fills up quickly then).
export const SEARCH_DRIVE_LIMIT = 2000;

async function fewSearchMatches(db: Db, q: string): Promise<boolean> {
  const match = ftsMatch(q);
  if (!match) return false;
  const fts = `"${SQLITE_SEARCH_TABLE}"`;
  const [row] = await db.$queryRawUnsafe<{ n: unknown }[]>(`SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM ${fts} WHERE ${fts} MATCH ? LIMIT ${SEARCH_DRIVE_LIMIT + 1})`, match);
  return Number(row?.n) <= SEARCH_DRIVE_LIMIT;
}

export async function readPageKeys(db: Db, workspaceId: string, filters: TransactionFilters, pageSize: number): Promise<{ keys: PageKey[]; next: PageCursor | null; previous: PageCursor | null }> {
  const provider = providerOf(db);
  const sql = sqlRunner(db, provider);
  const { column, descending } = orderOf(filters.sort);
  const cursor = filters.cursor;
  const backwards = cursor?.direction === 'prev';
  // (PostgreSQL's planner weighs the trigram index against the sort order itself.)
  const driveSearch = provider === 'sqlite' && filters.q ? await fewSearchMatches(db, filters.q) : false;
  const results = await Promise.all(
    branches(buildFilterSql(provider, workspaceId, filters, { driveSearch })).map(async (branch) => {
      const query = pageSql(branch, filters.sort, cursor, pageSize + 1);
      return (await sql.query<{ id: string; k: unknown }>(query.sql, query.params)).map((row) => ({ id: row.id, key: toKey(column, row.k) }));
    }),
  );
  // Merge the branches in display order, once per id (a row can match two alternatives).
  const seen = new Set<string>();
  const merged = results
    .flat()
    .filter((row) => (seen.has(row.id) ? false : (seen.add(row.id), true)))
    .sort((a, b) => (descending ? -compareKeys(a, b) : compareKeys(a, b)));
  // Reading backwards took the pageSize + 1 rows nearest before the cursor.
  const more = merged.length > pageSize;
  const keys = backwards ? merged.slice(Math.max(0, merged.length - pageSize)) : merged.slice(0, pageSize);
  const first = keys[0];
  const last = keys[keys.length - 1];
  const at = (row: PageKey, direction: 'next' | 'prev'): PageCursor => ({ sort: filters.sort, direction, key: row.key, id: row.id });
  const hasNext = backwards ? true : more;
  const hasPrevious = backwards ? more : cursor !== null;
  return { keys, next: hasNext && last ? at(last, 'next') : null, previous: hasPrevious && first ? at(first, 'prev') : null };
}
