import type { Db } from '@/lib/db';
import type { SqlRunner, Tx } from '@/lib/sync/sql';

// A per-user counter that moves on every write changing what the insight pages show (transactions,
// rollups, balances, budgets, categories, rules, manual accounts, holdings, the home currency).
// Cached page data is keyed by it (./page-data-cache.ts), so a write makes every cached page of
// that user stale at once, with no list of pages to clear. Bump AFTER the write commits, or inside
// the same transaction: a bump before the write could let a reader cache old data under the new number.
// `data-version-coverage.test.ts` fails when a module writes user data without bumping.

/** Marks the user's page data as changed. A deleted user is not an error (nothing to invalidate). */
export async function bumpDataVersion(db: Db | Tx, userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { dataVersion: { increment: 1 } } });
}

/** The same, for hand-written SQL inside a page transaction. */
export async function bumpDataVersionSql(sql: SqlRunner, userId: string): Promise<void> {
  await sql.execute(`UPDATE "User" SET "dataVersion" = "dataVersion" + 1 WHERE "id" = ?`, [userId]);
}

/** The user's current version: one primary-key lookup. -1 for an unknown user (never cached data). */
export async function readDataVersion(db: Db, userId: string): Promise<number> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { dataVersion: true } });
  return row?.dataVersion ?? -1;
}
