import type { Db } from '@/lib/db';
import type { SqlRunner, Tx } from '@/lib/sync/sql';

// A per-workspace counter that moves on every write changing what the insight pages show (transactions,
// rollups, balances, budgets, categories, rules, manual accounts, holdings, the home currency).
// Cached page data is keyed by it (./page-data-cache.ts), so a write makes every cached page of
// that workspace stale at once, with no list of pages to clear. Bump AFTER the write commits, or inside
// the same transaction: a bump before the write could let a reader cache old data under the new number.
// `data-version-coverage.test.ts` fails when a module writes workspace data without bumping.

/** Marks the workspace's page data as changed. A deleted workspace is not an error (nothing to invalidate). */
export async function bumpDataVersion(db: Db | Tx, workspaceId: string): Promise<void> {
  await db.workspace.updateMany({ where: { id: workspaceId }, data: { dataVersion: { increment: 1 } } });
}

/** The same, for hand-written SQL inside a page transaction. */
export async function bumpDataVersionSql(sql: SqlRunner, workspaceId: string): Promise<void> {
  await sql.execute(`UPDATE "Workspace" SET "dataVersion" = "dataVersion" + 1 WHERE "id" = ?`, [workspaceId]);
}

/** The workspace's current version: one primary-key lookup. -1 for an unknown workspace (never cached data). */
export async function readDataVersion(db: Db, workspaceId: string): Promise<number> {
  const row = await db.workspace.findUnique({ where: { id: workspaceId }, select: { dataVersion: true } });
  return row?.dataVersion ?? -1;
}
