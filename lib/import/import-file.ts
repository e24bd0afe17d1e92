import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/db';
import { addIsoDays, monthsBetween } from '@/lib/dates';
import { NotFoundError } from '@/lib/errors';
import { inTransaction, providerOf, type SqlRunner } from '@/lib/sync/sql';
import { openBulkSqlite } from '@/lib/sync/sqlite-bulk';
import type { CsvMapping } from './csv/csv-mapping';
import { parseCsv } from './csv/parse-csv';
import { findDuplicates, type DuplicateOf } from './dedupe/find-duplicates';
import { lookupExternalIds, readAccountRowsByDate } from './db/existing-rows';
import { insertImportedRows } from './db/insert-imported';
import { createStaging, indexStaging, readStagedByDate, stageRows } from './db/staging';
import type { FileFormat } from './detect-file-format';
import { ImportError } from './import-error';
import { parseOfx } from './ofx/parse-ofx';
import { parseQif } from './qif/parse-qif';
import { refreshAfterImport } from './refresh-after-import';
import type { ByteSource, ImportedRow } from './types';

// One file into one account, all or nothing (README: the contract). In ONE database transaction:
// record the batch, stage every row of the file, read staging and the account's rows back by date
// through the duplicate rules, insert the new rows with the batch id. A preview is the same run
// rolled back, so what it shows is exactly what the import would do. After the commit, the
// derived data follows as for a hand-entered row: the balance of a manual account, the user's
// rules, and the rollups of the months touched.

export type ImportFileInput = {
  fileName: string;
  format: FileFormat;
  /** Opens the file's bytes (read once). */
  open: () => ByteSource;
  /** Required for CSV. */
  mapping?: CsvMapping;
  maxBytes?: number;
};

export type DuplicateRule = DuplicateOf['rule'];
export type PreviewRow = { line: number; bookedOn: string; amountMinor: bigint; description: string; duplicate?: DuplicateRule };

export type ImportSummary = {
  batchId: string;
  format: FileFormat;
  added: number;
  skipped: number;
  skippedBy: Record<DuplicateRule, number>;
  /** Sum of the rows added (what the account's totals move by). */
  addedMinor: bigint;
  firstDay: string | null;
  lastDay: string | null;
  /** The first rows in date order, with their verdicts, for the preview. */
  sample: PreviewRow[];
  committed: boolean;
};

export type ImportOptions = { dryRun?: boolean; now?: Date; sampleSize?: number };

class PreviewDone extends Error {
  constructor(readonly summary: ImportSummary) {
    super('preview rolled back');
  }
}

type Account = { id: string; workspaceId: string; currency: string; source: string; maskedNumber: string | null };

export async function requireImportAccount(db: Db, workspaceId: string, accountId: string): Promise<Account> {
  const account = await db.bankAccount.findFirst({ where: { id: accountId, workspaceId }, select: { id: true, workspaceId: true, currency: true, source: true, maskedNumber: true, accountCategory: true } });
  // Investment accounts are valued by their holdings, not by a ledger a file could add to.
  if (!account || account.accountCategory === 'INVESTMENT_ACCOUNT') throw new NotFoundError('That account');
  return account;
}

function parseFile(account: Account, input: ImportFileInput): AsyncGenerator<ImportedRow[]> {
  const options = { maxBytes: input.maxBytes, currency: account.currency };
  if (input.format === 'ofx') {
    // A linked account knows its number's last digits: an OFX for another account is refused.
    const digits = account.maskedNumber?.replace(/\D/g, '').slice(-4);
    return parseOfx(input.open(), { ...options, ...(digits ? { accountMask: digits } : {}) });
  }
  if (input.format === 'qif') return parseQif(input.open(), options);
  if (!input.mapping) throw new ImportError('mapping', 'Choose which columns hold the date, the amount and the description.');
  return parseCsv(input.open(), { ...input.mapping, currency: account.currency }, { maxBytes: input.maxBytes });
}

async function runImport(sql: SqlRunner, account: Account, input: ImportFileInput, options: Required<ImportOptions>): Promise<ImportSummary> {
  const batchId = randomUUID();
  const summary: ImportSummary = {
    batchId, format: input.format, added: 0, skipped: 0, skippedBy: { external_id: 0, external_id_in_file: 0, similar: 0 },
    addedMinor: 0n, firstDay: null, lastDay: null, sample: [], committed: !options.dryRun,
  };
  await sql.execute(
    `INSERT INTO "ImportBatch" ("id", "workspaceId", "accountId", "fileName", "format", "rowCount", "skippedCount", "status", "createdAt") VALUES (?, ?, ?, ?, ?, 0, 0, 'committed', ?)`,
    [batchId, account.workspaceId, account.id, input.fileName.slice(0, 200), input.format, options.now],
  );

  await createStaging(sql);
  let staged = 0;
  for await (const batch of parseFile(account, input)) {
    await stageRows(sql, batch);
    staged += batch.length;
  }
  if (staged === 0) throw new ImportError('malformed', 'The file has no transactions.');
  await indexStaging(sql);
  const [bounds] = await sql.query<{ first: string; last: string }>(`SELECT MIN("bookedOn") AS "first", MAX("bookedOn") AS "last" FROM "import_staged"`);
  summary.firstDay = bounds?.first ?? null;
  summary.lastDay = bounds?.last ?? null;

  const target = { workspaceId: account.workspaceId, accountId: account.id, currency: account.currency, batchId, now: options.now };
  const existing = readAccountRowsByDate(sql, account.id, batchId, addIsoDays(summary.firstDay ?? '1970-01-01', -7));
  const decisions = findDuplicates(readStagedByDate(sql), existing, { lookupExternalIds: (ids) => lookupExternalIds(sql, account.id, ids) });
  for await (const batch of decisions) {
    const fresh: ImportedRow[] = [];
    for (const { row, duplicateOf } of batch) {
      if (duplicateOf) {
        summary.skipped++;
        summary.skippedBy[duplicateOf.rule]++;
      } else {
        fresh.push(row);
        summary.added++;
        summary.addedMinor += row.amountMinor;
      }
      if (summary.sample.length < options.sampleSize) {
        summary.sample.push({ line: row.line, bookedOn: row.bookedOn, amountMinor: row.amountMinor, description: row.description, ...(duplicateOf ? { duplicate: duplicateOf.rule } : {}) });
      }
    }
    if (!options.dryRun) await insertImportedRows(sql, target, fresh);
  }
  if (options.dryRun) throw new PreviewDone(summary);
  await sql.execute(`UPDATE "ImportBatch" SET "rowCount" = ?, "skippedCount" = ? WHERE "id" = ?`, [summary.added, summary.skipped, batchId]);
  if (input.format === 'csv' && input.mapping) {
    await sql.execute(
      `INSERT INTO "ImportMapping" ("accountId", "workspaceId", "mappingJson", "updatedAt") VALUES (?, ?, ?, ?)
       ON CONFLICT ("accountId") DO UPDATE SET "mappingJson" = excluded."mappingJson", "updatedAt" = excluded."updatedAt"`,
      [account.id, account.workspaceId, JSON.stringify(input.mapping), options.now],
    );
  }
  return summary;
}

/** Imports (or, with dryRun, previews) one file; throws ImportError with the line for a bad file, having written nothing. */
export async function importFile(db: Db, workspaceId: string, accountId: string, input: ImportFileInput, options: ImportOptions = {}): Promise<ImportSummary> {
  const account = await requireImportAccount(db, workspaceId, accountId);
  const settings = { dryRun: options.dryRun ?? false, now: options.now ?? new Date(), sampleSize: options.sampleSize ?? 20 };
  // SQLite: the sync's bulk connection (prepared statements, one BEGIN IMMEDIATE); PostgreSQL: one Prisma transaction.
  const bulk = providerOf(db) === 'sqlite' ? await openBulkSqlite(db) : null;
  let summary: ImportSummary;
  try {
    const work = (sql: SqlRunner) => runImport(sql, account, input, settings);
    summary = bulk ? await bulk.transaction(work) : await inTransaction(db, (sql) => work(sql));
  } catch (error) {
    if (error instanceof PreviewDone) return error.summary;
    throw error;
  } finally {
    bulk?.close();
  }
  if (summary.added > 0) await refreshAfterImport(db, workspaceId, account, summary.batchId, monthsOfFile(summary.firstDay, summary.lastDay), settings.now);
  return summary;
}

/** Every month from the first to the last day of the file (a 10-year file: 120 months). */
function monthsOfFile(first: string | null, last: string | null): string[] {
  return first && last ? monthsBetween(first.slice(0, 7), last.slice(0, 7)) : [];
}
