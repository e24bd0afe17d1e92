import type { Db } from '@/lib/db';
import { providerOf, sqlRunner, type SqlRunner } from '@/lib/sync/sql';
import type { TransactionFilters } from './filters';
import { and, buildFilterSql, wholeFilter, type Fragment } from './list-query';
import { cachedTotals } from './totals-cache';

// Totals of a filtered transaction list: the whole filter, not the page shown. Done as SQL
// aggregates (bigint sums) over the same conditions as the list, never by loading rows. With a
// category filter, a split transaction counts only its parts in that category, as budgets and
// the spending report count it, so a report cell equals the total of the list it links to.
// Summing a million rows on every page view is what made the list slow, so the result is cached
// until the data changes (totals-cache.ts).

export type TransactionTotals = { count: number; inflowMinor: bigint; outflowMinor: bigint; netMinor: bigint };

type Sums = { count: number; netMinor: bigint; inflowMinor: bigint };
type SumRow = { n: unknown; net: unknown; inflow: unknown };

const big = (value: unknown) => (value === null || value === undefined ? 0n : BigInt(value as bigint | number | string));

async function sums(sql: SqlRunner, query: string, params: unknown[]): Promise<Sums> {
  const [row] = await sql.query<SumRow>(query, params);
  return { count: Number(big(row?.n)), netMinor: big(row?.net), inflowMinor: big(row?.inflow) };
}

const sumColumns = (amount: string) => `SUM(${amount}) AS "net", SUM(CASE WHEN ${amount} > 0 THEN ${amount} ELSE 0 END) AS "inflow"`;

/** Rows matching the filter, whole (with a category filter: only those not split). */
function sumRows(sql: SqlRunner, where: Fragment): Promise<Sums> {
  return sums(sql, `SELECT COUNT(*) AS "n", ${sumColumns('t."amountMinor"')} FROM "Transaction" t WHERE ${where.sql}`, where.params);
}

/** The parts, in one category, of the split transactions that match the filter. */
function sumSplitParts(sql: SqlRunner, where: Fragment, workspaceId: string, categoryId: string): Promise<Sums> {
  return sums(
    sql,
    `SELECT COUNT(DISTINCT s."transactionId") AS "n", ${sumColumns('s."amountMinor"')}
       FROM "TransactionSplit" s JOIN "Transaction" t ON t."id" = s."transactionId"
      WHERE s."workspaceId" = ? AND s."categoryId" = ? AND ${where.sql}`,
    [workspaceId, categoryId, ...where.params],
  );
}

async function computeTotals(db: Db, workspaceId: string, filters: TransactionFilters): Promise<TransactionTotals> {
  const provider = providerOf(db);
  const sql = sqlRunner(db, provider);
  const category = filters.categoryId && filters.categoryId !== 'none' ? filters.categoryId : null;
  let parts: Sums[];
  if (category) {
    // The category condition itself is replaced: unsplit rows in it, and split parts in it.
    const rest = buildFilterSql(provider, workspaceId, { ...filters, categoryId: null });
    const where = wholeFilter(rest);
    const unsplit = and([where, { sql: `t."categoryId" = ? AND NOT EXISTS (SELECT 1 FROM "TransactionSplit" x WHERE x."transactionId" = t."id")`, params: [category] }]);
    parts = await Promise.all([sumRows(sql, unsplit), sumSplitParts(sql, where, workspaceId, category)]);
  } else {
    parts = [await sumRows(sql, wholeFilter(buildFilterSql(provider, workspaceId, filters)))];
  }
  const count = parts.reduce((n, s) => n + s.count, 0);
  const netMinor = parts.reduce((n, s) => n + s.netMinor, 0n);
  const inflowMinor = parts.reduce((n, s) => n + s.inflowMinor, 0n);
  return { count, inflowMinor, outflowMinor: inflowMinor - netMinor, netMinor };
}

export function getTransactionTotals(db: Db, workspaceId: string, filters: TransactionFilters): Promise<TransactionTotals> {
  return cachedTotals(db, workspaceId, filters, () => computeTotals(db, workspaceId, filters));
}
