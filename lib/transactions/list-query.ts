import type { Provider } from '@/lib/db/database-url';
import { postgresSearchExpression, SQLITE_SEARCH_TABLE } from '@/lib/db/search-index';
import { parseMoney } from '@/lib/money';
import type { TransactionFilters } from './filters';

// The transaction list's filters as SQL over "Transaction" t, written so both planners can read a
// page off an index (see the indexes on Transaction in prisma/schema.prisma and
// list-query-plan.test.ts, which checks the plans):
//   - `all` is AND-ed conditions; `anyOf` groups are alternatives ("category X, or a split in X";
//     "the text, or this amount"). An OR stops an ordered index walk, so the list runs one query
//     per combination of alternatives (each an index range) and merges them; totals, which need
//     no order, OR them.
//   - search uses the full-text index (lib/db/search-index.ts), never LIKE over every row.
// `?` placeholders throughout; sqlRunner turns them into $n for PostgreSQL.

export type Fragment = {
  sql: string;
  params: unknown[];
  /**
   * The same condition as a join that starts from the few matching rows (e.g. a category's
   * split parts) instead of testing every row of a sort-order walk. CROSS JOIN makes SQLite keep
   * the driver outermost; PostgreSQL plans the join order itself. Used by the list's branches.
   */
  drive?: { from: string; sql: string; params: unknown[] };
  /** The condition as a test on each row of a sort-order walk, never a way in (SQLite's `+`). */
  walk?: { sql: string; params: unknown[] };
};
export type FilterSql = { all: Fragment[]; anyOf: Fragment[][] };
export type FilterOptions = { driveSearch?: boolean };

// amountMinor is a signed 64-bit column: a typed number beyond it cannot be an amount, and
// binding it would make the database driver throw (a 500 on the page, a cut-off CSV export).
const MAX_COLUMN_AMOUNT = 2n ** 63n - 1n;

function isSearchableAmount(q: string): bigint | null {
  const amount = parseMoney(q);
  return amount !== null && amount !== 0n && amount <= MAX_COLUMN_AMOUNT && amount >= -MAX_COLUMN_AMOUNT ? amount : null;
}

/** The words of a search, each matched as a word prefix (SQLite) or a substring (PostgreSQL); every word must match. */
export function searchWords(q: string): string[] {
  return q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
}

/** The FTS5 query for a search: each word as a quoted prefix term, so nothing typed can be FTS5 syntax. */
export function ftsMatch(q: string): string | null {
  const words = searchWords(q);
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}

function textSearch(provider: Provider, q: string, drive: boolean): Fragment | null {
  const words = searchWords(q);
  if (words.length === 0) return null;
  if (provider === 'sqlite') {
    const match = ftsMatch(q);
    const fts = `"${SQLITE_SEARCH_TABLE}"`;
    return {
      sql: `t.rowid IN (SELECT rowid FROM ${fts} WHERE ${fts} MATCH ?)`,
      params: [match],
      // With statistics SQLite would rather read every match and sort them: for a common word
      // that is tens of thousands of rows per page, where the walk stops after a page of them.
      walk: { sql: `+t.rowid IN (SELECT rowid FROM ${fts} WHERE ${fts} MATCH ?)`, params: [match] },
      // Few matches: read them from the index and sort them. Many: walk the sort order (above).
      ...(drive ? { drive: { from: fts, sql: `${fts}.rowid = t.rowid AND ${fts} MATCH ?`, params: [match] } } : {}),
    };
  }
  const expression = postgresSearchExpression('t');
  // A trigram index cannot find a word under three letters: a longer word finds the rows and the
  // short ones are checked on those. A search of short words only that is an amount ("12.50") is
  // found by its amount branch; other short-only searches ("tv") have to read every row.
  if (!words.some((w) => w.length >= 3) && isSearchableAmount(q) !== null) return null;
  const like = (w: string) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return { sql: words.map(() => `${expression} LIKE ?`).join(' AND '), params: words.map(like) };
}

function searchAlternatives(provider: Provider, q: string, drive: boolean): Fragment[] {
  const alternatives: Fragment[] = [];
  const text = textSearch(provider, q, drive);
  if (text) alternatives.push(text);
  const amount = isSearchableAmount(q);
  if (amount !== null) {
    alternatives.push({ sql: `t."amountMinor" IN (?, ?)`, params: [amount, -amount] });
  }
  // Nothing searchable (only punctuation): nothing matches, as a LIKE on it would not.
  return alternatives.length ? alternatives : [{ sql: '1 = 0', params: [] }];
}

export function buildFilterSql(provider: Provider, workspaceId: string, filters: TransactionFilters, options: FilterOptions = {}): FilterSql {
  const all: Fragment[] = [{ sql: `t."workspaceId" = ?`, params: [workspaceId] }];
  const anyOf: Fragment[][] = [];
  if (filters.q) anyOf.push(searchAlternatives(provider, filters.q, options.driveSearch === true));
  if (filters.accountId) all.push({ sql: `t."accountId" = ?`, params: [filters.accountId] });
  if (filters.hiddenAccountIds.length > 0) {
    all.push({ sql: `t."accountId" NOT IN (${filters.hiddenAccountIds.map(() => '?').join(', ')})`, params: [...filters.hiddenAccountIds] });
  }
  if (filters.categoryId === 'none') all.push({ sql: `t."categoryId" IS NULL`, params: [] });
  else if (filters.categoryId) {
    anyOf.push([
      { sql: `t."categoryId" = ?`, params: [filters.categoryId] },
      // Split transactions are few: start from the category's parts.
      {
        sql: `t."id" IN (SELECT s."transactionId" FROM "TransactionSplit" s WHERE s."workspaceId" = ? AND s."categoryId" = ?)`,
        params: [workspaceId, filters.categoryId],
        drive: { from: `"TransactionSplit" s`, sql: `t."id" = s."transactionId" AND s."workspaceId" = ? AND s."categoryId" = ?`, params: [workspaceId, filters.categoryId] },
      },
    ]);
  }
  // A tag marks a few transactions (a trip, the reimbursables): start from them.
  if (filters.tagId) {
    all.push({
      sql: `t."id" IN (SELECT tt."transactionId" FROM "TransactionTag" tt WHERE tt."tagId" = ?)`,
      params: [filters.tagId],
      drive: { from: `"TransactionTag" tt`, sql: `t."id" = tt."transactionId" AND tt."tagId" = ?`, params: [filters.tagId] },
    });
  }
  if (filters.from) all.push({ sql: `t."bookedOn" >= ?`, params: [filters.from] });
  if (filters.to) all.push({ sql: `t."bookedOn" <= ?`, params: [filters.to] });
  if (filters.status !== 'all') all.push({ sql: `t."status" = ?`, params: [filters.status] });
  const min = filters.minAmountMinor;
  const max = filters.maxAmountMinor;
  if (min !== null || max !== null) {
    // Absolute amount between min and max: the range on the positive side or its mirror on the negative side.
    const side = (sign: 1n | -1n): Fragment => {
      const low = sign === 1n ? (min ?? 0n) : max !== null ? -max : null;
      const high = sign === 1n ? max : min !== null ? -min : 0n;
      const parts: Fragment[] = [];
      if (low !== null) parts.push({ sql: `t."amountMinor" >= ?`, params: [low] });
      if (high !== null) parts.push({ sql: `t."amountMinor" <= ?`, params: [high] });
      return and(parts);
    };
    anyOf.push([side(1n), side(-1n)]);
  }
  return { all, anyOf };
}

export function and(parts: Fragment[]): Fragment {
  return { sql: parts.map((p) => `(${p.sql})`).join(' AND ') || '1 = 1', params: parts.flatMap((p) => p.params) };
}

/** One branch of the list: the tables to read (drivers first, then t) and the condition. */
export type Branch = { from: string; where: Fragment };

function asBranch(parts: Fragment[]): Branch {
  const drivers = parts.flatMap((p) => (p.drive ? [p.drive.from] : []));
  const where = and(parts.map((p) => p.drive ?? p.walk ?? p));
  return { from: [...drivers, '"Transaction" t'].join(' CROSS JOIN '), where };
}

/** Every combination of one alternative from each group, each AND-ed with `all`: their union is the filter. */
export function branches({ all, anyOf }: FilterSql): Branch[] {
  let combos: Fragment[][] = [[]];
  for (const group of anyOf) combos = combos.flatMap((combo) => group.map((alt) => [...combo, alt]));
  return combos.map((combo) => asBranch([...all, ...combo]));
}

/** The whole filter as one condition (for aggregates, which need no order). */
export function wholeFilter({ all, anyOf }: FilterSql): Fragment {
  return and([...all, ...anyOf.map((group) => ({ sql: group.map((g) => `(${g.sql})`).join(' OR '), params: group.flatMap((g) => g.params) }))]);
}
