import { parseIsoDay, toIsoDay } from '@/lib/dates';
import { chunk, placeholders, type SqlRunner } from '@/lib/sync/sql';
import type { ExistingRow } from '../dedupe/find-duplicates';

// The account's rows as the duplicate rules see them: every row already there (synced, typed in,
// imported earlier), by date, a page at a time — never the whole history in memory.

type Raw = { id: string; bookedOn: Date | string; amountMinor: bigint | number; description: string; externalId: string | null };

/** SQLite hands back the stored text ("2026-11-30T00:00:00.000+00:00"), PostgreSQL a Date. */
function dayOf(value: Date | string): string {
  return typeof value === 'string' ? value.slice(0, 10) : toIsoDay(value);
}

export async function* readAccountRowsByDate(sql: SqlRunner, accountId: string, excludeBatchId: string, fromDay: string, pageSize = 2000): AsyncGenerator<ExistingRow> {
  // Rows this import is writing are not "existing": they would match themselves.
  const base = `SELECT "id", "bookedOn", "amountMinor", "description", "externalId" FROM "Transaction"
    WHERE "accountId" = ? AND ("importBatchId" IS NULL OR "importBatchId" <> ?)`;
  let after: { bookedOn: Date | string; id: string } | null = null;
  for (;;) {
    const rows: Raw[] = after
      ? await sql.query<Raw>(`${base} AND ("bookedOn" > ? OR ("bookedOn" = ? AND "id" > ?)) ORDER BY "bookedOn", "id" LIMIT ${pageSize}`, [accountId, excludeBatchId, after.bookedOn, after.bookedOn, after.id])
      : await sql.query<Raw>(`${base} AND "bookedOn" >= ? ORDER BY "bookedOn", "id" LIMIT ${pageSize}`, [accountId, excludeBatchId, parseIsoDay(fromDay)]);
    for (const row of rows) yield { id: row.id, bookedOn: dayOf(row.bookedOn), amountMinor: BigInt(row.amountMinor), description: row.description, externalId: row.externalId };
    const last = rows[rows.length - 1];
    if (!last || rows.length < pageSize) return;
    after = { bookedOn: last.bookedOn, id: last.id };
  }
}

/** Which of these file ids the account already holds (from earlier imports), id → row id. */
export async function lookupExternalIds(sql: SqlRunner, accountId: string, ids: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const part of chunk([...new Set(ids)], 1, 5_000)) {
    const rows = await sql.query<{ id: string; externalId: string }>(
      `SELECT "id", "externalId" FROM "Transaction" WHERE "accountId" = ? AND "externalId" IN ${placeholders(part.length)}`,
      [accountId, ...part],
    );
    for (const row of rows) found.set(row.externalId, row.id);
  }
  return found;
}
