import type { SqlRunner } from '@/lib/sync/sql';
import { placeholders } from '@/lib/sync/sql';
import type { ImportedRow } from '../types';

// The file's rows, staged inside the import's own database transaction: files come newest first
// or in any order, and the duplicate rules read both sides by date. A temporary table lives only
// on the import's connection (PostgreSQL drops it at commit; the SQLite bulk connection closes),
// so nothing is ever left behind and two imports never see each other's rows.

const columns = ['line', 'bookedOn', 'amountMinor', 'description', 'payee', 'memo', 'externalId', 'checkNumber'] as const;
const insertPrefix = `INSERT INTO "import_staged" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;

export async function createStaging(sql: SqlRunner): Promise<void> {
  const body = `("line" INTEGER NOT NULL, "bookedOn" TEXT NOT NULL, "amountMinor" BIGINT NOT NULL, "description" TEXT NOT NULL,
    "payee" TEXT, "memo" TEXT, "externalId" TEXT, "checkNumber" TEXT)`;
  if (sql.provider === 'postgresql') {
    await sql.execute(`CREATE TEMP TABLE "import_staged" ${body} ON COMMIT DROP`);
  } else {
    await sql.execute(`CREATE TEMP TABLE IF NOT EXISTS "import_staged" ${body}`);
    await sql.execute(`DELETE FROM "import_staged"`);
  }
}

export async function stageRows(sql: SqlRunner, rows: ImportedRow[]): Promise<void> {
  if (rows.length === 0) return;
  // A parser batch is at most 1,000 rows: 8,000 parameters, under both engines' limits.
  const values = rows.map(() => placeholders(columns.length)).join(', ');
  const params = rows.flatMap((r) => [r.line, r.bookedOn, r.amountMinor, r.description, r.payee ?? null, r.memo ?? null, r.externalId ?? null, r.checkNumber ?? null]);
  await sql.execute(insertPrefix + values, params);
}

/** Indexes the staged rows for reading back in date order (cheaper once than per insert). */
export async function indexStaging(sql: SqlRunner): Promise<void> {
  await sql.execute(`CREATE INDEX ${sql.provider === 'sqlite' ? 'IF NOT EXISTS ' : ''}"import_staged_order" ON "import_staged" ("bookedOn", "line")`);
}

type StagedRow = { line: number | bigint; bookedOn: string; amountMinor: bigint; description: string; payee: string | null; memo: string | null; externalId: string | null; checkNumber: string | null };

/** The staged rows in date order (file order within a day), a page at a time by keyset. */
export async function* readStagedByDate(sql: SqlRunner, pageSize = 1000): AsyncGenerator<ImportedRow[]> {
  let after: { bookedOn: string; line: number } | null = null;
  for (;;) {
    const where: string = after ? `WHERE "bookedOn" > ? OR ("bookedOn" = ? AND "line" > ?)` : '';
    const params: unknown[] = after ? [after.bookedOn, after.bookedOn, after.line] : [];
    const rows: StagedRow[] = await sql.query<StagedRow>(`SELECT * FROM "import_staged" ${where} ORDER BY "bookedOn", "line" LIMIT ${pageSize}`, params);
    if (rows.length === 0) return;
    const batch = rows.map((r): ImportedRow => ({
      line: Number(r.line),
      bookedOn: r.bookedOn,
      amountMinor: BigInt(r.amountMinor),
      description: r.description,
      ...(r.payee ? { payee: r.payee } : {}),
      ...(r.memo ? { memo: r.memo } : {}),
      ...(r.externalId ? { externalId: r.externalId } : {}),
      ...(r.checkNumber ? { checkNumber: r.checkNumber } : {}),
    }));
    const last = batch[batch.length - 1]!;
    after = { bookedOn: last.bookedOn, line: last.line };
    yield batch;
    if (rows.length < pageSize) return;
  }
}
