import type { Db } from '@/lib/db';
import { bumpDataVersion, bumpDataVersionSql } from '@/lib/page-cache/data-version';
import { jsonIdsTable, providerOf, sqlRunner, type SqlRunner } from '@/lib/sync/sql';
import { yieldToEventLoop } from '@/lib/sync/yield';
import { idChunks } from './id-chunks';
import { addMonths, monthOf, monthRange, monthsBetween } from '@/lib/dates';

// MonthlyRollup is derived data: a month's rows are deleted and rebuilt from Transaction (and
// TransactionSplit) in one statement pair, so a refresh is always exact, never an increment that
// could drift. A month of a million-row history is ~10k rows, rebuilt in milliseconds through the
// (workspaceId, bookedOn) index. Pending and transfer rows are left out: they are not income or spending.

function rollupSql(provider: SqlRunner['provider']): string {
  const day = provider === 'postgresql' ? `CAST(EXTRACT(DAY FROM t."bookedOn") AS INTEGER)` : `CAST(substr(t."bookedOn", 9, 2) AS INTEGER)`;
  // The user's own name for the row, else its payee (renamed or cleaned: lib/payees), else the bank's text.
  const merchant = `COALESCE(t."merchantName", t."payee", t."bankMerchantName", substr(t."description", 1, 60), '')`;
  const where = `t."workspaceId" = ? AND t."status" = 'posted' AND t."isTransfer" = false AND t."bookedOn" >= ? AND t."bookedOn" < ?`;
  return `INSERT INTO "MonthlyRollup" ("workspaceId", "month", "accountId", "categoryId", "merchant", "inflowMinor", "outflowMinor", "inCount", "outCount", "lastOutDay")
    SELECT ?, ?, x."accountId", x."categoryId", x."merchant",
      SUM(CASE WHEN x."amount" > 0 THEN x."amount" ELSE 0 END),
      SUM(CASE WHEN x."amount" < 0 THEN -x."amount" ELSE 0 END),
      SUM(CASE WHEN x."amount" > 0 THEN 1 ELSE 0 END),
      SUM(CASE WHEN x."amount" < 0 THEN 1 ELSE 0 END),
      MAX(CASE WHEN x."amount" < 0 THEN x."day" ELSE 0 END)
    FROM (
      SELECT t."accountId" AS "accountId", COALESCE(t."categoryId", '') AS "categoryId", ${merchant} AS "merchant", t."amountMinor" AS "amount", ${day} AS "day"
      FROM "Transaction" t
      WHERE ${where} AND NOT EXISTS (SELECT 1 FROM "TransactionSplit" s WHERE s."transactionId" = t."id")
      UNION ALL
      SELECT t."accountId", COALESCE(s."categoryId", ''), ${merchant}, s."amountMinor", ${day}
      FROM "TransactionSplit" s JOIN "Transaction" t ON t."id" = s."transactionId"
      WHERE ${where}
    ) x
    GROUP BY x."accountId", x."categoryId", x."merchant"`;
}

async function refreshMonth(sql: SqlRunner, workspaceId: string, month: string): Promise<void> {
  const { start, end } = monthRange(month);
  // Two processes (the web's import or undo, the worker's sync) may rebuild one month at once. On
  // PostgreSQL both DELETEs then see no rows and the second INSERT breaks the primary key, so the
  // month is locked for the transaction. SQLite allows one writer at a time and needs no lock.
  if (sql.provider === 'postgresql') await sql.query(`SELECT pg_advisory_xact_lock(hashtextextended(?, 0))::text AS "locked"`, [`rollup:${workspaceId}:${month}`]);
  await sql.execute(`DELETE FROM "MonthlyRollup" WHERE "workspaceId" = ? AND "month" = ?`, [workspaceId, month]);
  await sql.execute(rollupSql(sql.provider), [workspaceId, month, workspaceId, start, end, workspaceId, start, end]);
}

/** Rebuilds the named months for one user, each month in its own short transaction. */
export async function refreshRollups(db: Db, workspaceId: string, months: Iterable<string>): Promise<void> {
  const provider = providerOf(db);
  for (const month of [...new Set(months)].sort()) {
    await db.$transaction((tx) => refreshMonth(sqlRunner(tx, provider), workspaceId, month));
    await yieldToEventLoop(); // a ten-year rebuild is minutes of work: let timers (the sync lease) run
  }
  // After the months commit: every page built on rollups (and the transactions behind them) is stale.
  await bumpDataVersion(db, workspaceId);
}

/** Rebuilds the named months inside a transaction the caller already holds (a category merge). */
export async function refreshRollupsInTransaction(sql: SqlRunner, workspaceId: string, months: Iterable<string>): Promise<void> {
  for (const month of [...new Set(months)].sort()) await refreshMonth(sql, workspaceId, month);
  await bumpDataVersionSql(sql, workspaceId);
}

/** Every month from the user's first transaction to now (first run, or after a bulk change). */
export async function rebuildAllRollups(db: Db, workspaceId: string, now = new Date()): Promise<void> {
  const first = await db.transaction.findFirst({ where: { workspaceId }, orderBy: { bookedOn: 'asc' }, select: { bookedOn: true } });
  const last = await db.transaction.findFirst({ where: { workspaceId }, orderBy: { bookedOn: 'desc' }, select: { bookedOn: true } });
  if (!first || !last) {
    await db.monthlyRollup.deleteMany({ where: { workspaceId } });
    await bumpDataVersion(db, workspaceId);
    return;
  }
  const start = monthOf(first.bookedOn);
  const end = monthOf(last.bookedOn) > monthOf(now) ? monthOf(last.bookedOn) : monthOf(now);
  // Month by month, each swap atomic, so a page reading meanwhile never sees a half-empty history.
  await refreshRollups(db, workspaceId, monthsBetween(start, end));
  await db.monthlyRollup.deleteMany({ where: { workspaceId, OR: [{ month: { lt: start } }, { month: { gt: end } }] } });
}

/** The months a set of transactions falls in, worked out by the database (one DISTINCT per 2,000 ids). */
export async function monthsOfTransactions(db: Db, workspaceId: string, ids: string[]): Promise<Set<string>> {
  const provider = providerOf(db);
  const month = provider === 'postgresql' ? `to_char(t."bookedOn", 'YYYY-MM')` : `substr(t."bookedOn", 1, 7)`;
  const months = new Set<string>();
  for (const part of idChunks(ids, 2_000)) {
    const rows = await sqlRunner(db, provider).query<{ month: string }>(
      `SELECT DISTINCT ${month} AS "month" FROM ${jsonIdsTable('j', provider)} CROSS JOIN "Transaction" t WHERE t."id" = j."value" AND t."workspaceId" = ?`,
      [JSON.stringify(part), workspaceId],
    );
    for (const row of rows) months.add(row.month);
  }
  return months;
}

export function withPreviousMonth(months: Set<string>): Set<string> {
  const all = new Set(months);
  for (const month of months) all.add(addMonths(month, -1));
  return all;
}
