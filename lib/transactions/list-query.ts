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

export type Fragment = { sql: string; params: unknown[] };
export type FilterSql = { all: Fragment[]; anyOf: Fragment[][] };

// amountMinor is a signed 64-bit column: a typed number beyond it cannot be an amount, and
// binding it would make the database driver throw (a 500 on the page, a cut-off CSV export).
const MAX_COLUMN_AMOUNT = 2n ** 63n - 1n;

/** The words of a search, each matched as a word prefix (SQLite) or a substring (PostgreSQL); every word must match. */
export function searchWords(q: string): string[] {
  return q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
}

function textSearch(provider: Provider, q: string): Fragment | null {
  const words = searchWords(q);
  if (words.length === 0) return null;
  if (provider === 'sqlite') {
    // Each word as a quoted FTS5 prefix term: nothing typed can be FTS5 syntax.
    const match = words.map((w) => `"${w}"*`).join(' ');
    return { sql: `t.rowid IN (SELECT rowid FROM "${SQLITE_SEARCH_TABLE}" WHERE "${SQLITE_SEARCH_TABLE}" MATCH ?)`, params: [match] };
  }
  const expression = postgresSearchExpression('t');
  const like = (w: string) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return { sql: words.map(() => `${expression} LIKE ?`).join(' AND '), params: words.map(like) };
}

function searchAlternatives(provider: Provider, q: string): Fragment[] {
  const alternatives: Fragment[] = [];
  const text = textSearch(provider, q);
  if (text) alternatives.push(text);
  const amount = parseMoney(q);
  if (amount !== null && amount !== 0n && amount <= MAX_COLUMN_AMOUNT && amount >= -MAX_COLUMN_AMOUNT) {
    alternatives.push({ sql: `t."amountMinor" IN (?, ?)`, params: [amount, -amount] });
  }
  // Nothing searchable (only punctuation): nothing matches, as a LIKE on it would not.
  return alternatives.length ? alternatives : [{ sql: '1 = 0', params: [] }];
}

export function buildFilterSql(provider: Provider, userId: string, filters: TransactionFilters): FilterSql {
  const all: Fragment[] = [{ sql: `t."userId" = ?`, params: [userId] }];
  const anyOf: Fragment[][] = [];
  if (filters.q) anyOf.push(searchAlternatives(provider, filters.q));
  if (filters.accountId) all.push({ sql: `t."accountId" = ?`, params: [filters.accountId] });
  if (filters.categoryId === 'none') all.push({ sql: `t."categoryId" IS NULL`, params: [] });
  else if (filters.categoryId) {
    anyOf.push([
      { sql: `t."categoryId" = ?`, params: [filters.categoryId] },
      { sql: `t."id" IN (SELECT s."transactionId" FROM "TransactionSplit" s WHERE s."userId" = ? AND s."categoryId" = ?)`, params: [userId, filters.categoryId] },
    ]);
  }
  if (filters.tagId) all.push({ sql: `t."id" IN (SELECT tt."transactionId" FROM "TransactionTag" tt WHERE tt."tagId" = ?)`, params: [filters.tagId] });
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

/** Every combination of one alternative from each group, each AND-ed with `all`: their union is the filter. */
export function branches({ all, anyOf }: FilterSql): Fragment[] {
  let combos: Fragment[][] = [[]];
  for (const group of anyOf) combos = combos.flatMap((combo) => group.map((alt) => [...combo, alt]));
  return combos.map((combo) => and([...all, ...combo]));
}

/** The whole filter as one condition (for aggregates, which need no order). */
export function wholeFilter({ all, anyOf }: FilterSql): Fragment {
  return and([...all, ...anyOf.map((group) => ({ sql: group.map((g) => `(${g.sql})`).join(' OR '), params: group.flatMap((g) => g.params) }))]);
}
