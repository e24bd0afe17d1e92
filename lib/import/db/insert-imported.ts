import { randomUUID } from 'node:crypto';
import { parseIsoDay } from '@/lib/dates';
import { withPayeeRenames } from '@/lib/payees/apply-renames';
import { payeeOf } from '@/lib/payees/clean-payee';
import { chunk, placeholders, type SqlRunner } from '@/lib/sync/sql';
import type { ImportedRow } from '../types';

// New rows from a file, written like the sync writes bank pages: multi-row INSERTs under the
// bind-parameter limit (prepared and cached on the SQLite bulk connection), never a Prisma create per row.

const columns = [
  'id', 'workspaceId', 'accountId', 'bankTransactionId', 'origin', 'status', 'amountMinor', 'currency', 'bookedOn', 'postedAt',
  'description', 'bankMerchantName', 'payee', 'payeeKey', 'notes', 'importBatchId', 'externalId', 'missingCount', 'isTransfer', 'createdAt', 'updatedAt',
];
const prefix = `INSERT INTO "Transaction" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;

export type InsertTarget = { workspaceId: string; accountId: string; currency: string; batchId: string; now: Date };

export async function insertImportedRows(sql: SqlRunner, target: InsertTarget, rows: ImportedRow[]): Promise<void> {
  const described = rows.map((row) => {
    const description = row.payee && !row.description ? row.payee : row.description;
    return { row, description, ...payeeOf(description, row.payee) };
  });
  const named = await withPayeeRenames(sql, target.workspaceId, described);
  const values = named.map(({ row, description, payee, payeeKey }) => {
    const day = parseIsoDay(row.bookedOn);
    return [
      randomUUID(), target.workspaceId, target.accountId,
      // Unique per account like a bank id, never mistaken for one.
      `import:${randomUUID()}`, 'import', 'posted', row.amountMinor, target.currency, day, day,
      description, row.payee ?? null, payee, payeeKey, row.memo ?? null, target.batchId, row.externalId ?? null, 0, false, target.now, target.now,
    ];
  });
  for (const part of chunk(values, columns.length)) {
    await sql.execute(prefix + part.map(() => placeholders(columns.length)).join(', '), part.flat());
  }
}
