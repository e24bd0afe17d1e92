import type { Db } from '@/lib/db';
import { rebuildAllRollups } from '@/lib/budgeting/rollups';
import { log } from '@/lib/log';
import { openBulkSqlite } from '@/lib/sync/sqlite-bulk';
import { providerOf, sqlRunner, type SqlRunner } from '@/lib/sync/sql';
import { payeeOf } from './clean-payee';
import { writePayeeBatch } from './write-payees';

// Rows written before payees existed get theirs once, in the background after migrations: keyset
// pages over the primary key (never OFFSET, never the whole table in memory), one UPDATE per page
// in its own transaction, so a restart halfway simply continues with the rows still missing one.
// Until a row is done, lists fall back to its description.

type Pending = { id: string; workspaceId: string; description: string; bankMerchantName: string | null };

export type BackfillResult = { updated: number; batches: number; workspaceIds: Set<string> };

async function backfillWith(sql: SqlRunner, transaction: <T>(work: (sql: SqlRunner) => Promise<T>) => Promise<T>, batchSize: number): Promise<BackfillResult> {
  let after = '';
  const result: BackfillResult = { updated: 0, batches: 0, workspaceIds: new Set() };
  for (;;) {
    const rows = await sql.query<Pending>(
      `SELECT "id", "workspaceId", "description", "bankMerchantName" FROM "Transaction" WHERE "id" > ? AND "payeeKey" IS NULL ORDER BY "id" LIMIT ?`,
      [after, batchSize],
    );
    if (rows.length === 0) return result;
    const updates = rows.map((row) => ({ id: row.id, ...payeeOf(row.description, row.bankMerchantName) }));
    result.updated += await transaction((tx) => writePayeeBatch(tx, updates, { onlyMissing: true, now: new Date() }));
    result.batches++;
    for (const row of rows) result.workspaceIds.add(row.workspaceId);
    after = rows[rows.length - 1]!.id;
  }
}

export async function backfillPayees(db: Db, batchSize = 2_000): Promise<BackfillResult> {
  if (providerOf(db) === 'sqlite') {
    const bulk = await openBulkSqlite(db);
    try {
      return await backfillWith(bulk.runner, (work) => bulk.transaction(work), batchSize);
    } finally {
      bulk.close();
    }
  }
  const sql = sqlRunner(db, 'postgresql');
  return backfillWith(sql, (work) => db.$transaction((tx) => work(sqlRunner(tx, 'postgresql')), { timeout: 60_000 }), batchSize);
}

/** Called once at start-up; failures are logged, never fatal (the next start tries again). */
export async function startPayeeBackfill(db: Db): Promise<void> {
  try {
    const started = Date.now();
    const { updated, batches, workspaceIds } = await backfillPayees(db);
    // Monthly rollups group by the name shown, which is now the payee.
    for (const workspaceId of workspaceIds) await rebuildAllRollups(db, workspaceId);
    if (updated > 0) log.info('Cashlens named the payees of earlier transactions', { updated, batches, users: workspaceIds.size, ms: Date.now() - started });
  } catch (error) {
    log.error('payee backfill failed; it is retried at the next start', { error: error instanceof Error ? error.message : String(error) });
  }
}
