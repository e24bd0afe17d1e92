import type { SqlRunner } from '@/lib/sync/sql';

// Writes computed payee columns for many rows in one statement per batch: UPDATE … FROM (VALUES …)
// reads the same on SQLite (3.33+) and PostgreSQL, where a VALUES list's columns are column1…n.
// A full batch always has the same text, so SQLite's bulk connection prepares it once.

export type PayeeUpdate = { id: string; payee: string; payeeKey: string };

export async function writePayeeBatch(sql: SqlRunner, rows: PayeeUpdate[], options: { onlyMissing: boolean; now: Date }): Promise<number> {
  if (rows.length === 0) return 0;
  const values = rows.map(() => '(?, ?, ?)').join(', ');
  // The user's rename, when there is one, wins over the cleaned name.
  const renamed = `COALESCE((SELECT r."name" FROM "PayeeRename" r WHERE r."workspaceId" = "Transaction"."workspaceId" AND r."payeeKey" = v.column3), v.column2)`;
  return sql.execute(
    `UPDATE "Transaction" SET "payee" = ${renamed}, "payeeKey" = v.column3, "updatedAt" = ? FROM (VALUES ${values}) AS v
     WHERE "Transaction"."id" = v.column1${options.onlyMissing ? ' AND "Transaction"."payeeKey" IS NULL' : ''}`,
    [options.now, ...rows.flatMap((row) => [row.id, row.payee, row.payeeKey])],
  );
}
