import type { BankTransactionRow } from '@/lib/bank/types';
import { chunk, placeholders, rawDate, type SqlRunner } from './sql';
import type { FirstCategoryChooser } from './processors';
import { timeOrderedId } from './time-ordered-id';

// Writes one page of bank rows: exactly once per (account, bank transaction id), bank-owned
// fields only (the user's category, merchant, notes… are never in the SET list), and a row is
// rewritten only when the bank changed something. Every row the page names gets the pass mark.

const bankColumns = [
  'status', 'amountMinor', 'currency', 'bookedOn', 'transactedAt', 'postedAt', 'description', 'bankMerchantName',
  'payee', 'payeeKey', 'bankCategory', 'bankTransactionType', 'foreignAmountMinor', 'foreignCurrency', 'merchantCountry', 'bankReferenceId',
] as const satisfies readonly (keyof BankTransactionRow)[];

// categoryId/categorySource are written for new rows only (the first category from bank data, see
// FirstCategoryChooser); the conflict branch below never sets them.
const insertColumns = ['id', 'workspaceId', 'accountId', 'bankTransactionId', ...bankColumns, 'categoryId', 'categorySource', 'lastSeenPassId', 'missingCount', 'createdAt', 'updatedAt'];
const q = (column: string) => `"${column}"`;

// One statement per chunk of rows, no SELECT first: ON CONFLICT rewrites an existing row only
// when a bank field differs (or its pass mark / missing count must move), and RETURNING names the
// rows it wrote. A row is new when its createdAt is this page's write time (that value is unique
// per page, see nextWriteTime), changed when only its updatedAt is.
const changedSql = bankColumns.map((c) => `"Transaction".${q(c)} IS DISTINCT FROM excluded.${q(c)}`).join(' OR ');
const upsertPrefix = `INSERT INTO "Transaction" (${insertColumns.map(q).join(', ')}) VALUES `;
const upsertSuffix =
  ` ON CONFLICT ("accountId", "bankTransactionId") DO UPDATE SET ` +
  [...bankColumns, 'lastSeenPassId'].map((c) => `${q(c)} = excluded.${q(c)}`).join(', ') +
  `, "missingCount" = 0, "updatedAt" = CASE WHEN ${changedSql} THEN excluded."updatedAt" ELSE "Transaction"."updatedAt" END` +
  ` WHERE ${changedSql} OR "Transaction"."lastSeenPassId" IS DISTINCT FROM excluded."lastSeenPassId" OR "Transaction"."missingCount" <> 0` +
  ` RETURNING "id", "createdAt", "updatedAt"`;

// Rows per statement. SQLite: small fixed-size statements, prepared once and reused (binding 20,000
// parameters into a fresh statement per page was a large part of the page cost). PostgreSQL goes
// through Prisma, where each statement is a round trip: as many rows as the parameter limit allows.
const sqliteRowsPerStatement = 100;

export type PageTarget = { workspaceId: string; accountId: string; passId: string; firstCategory?: FirstCategoryChooser | null };
export type PageResult = { added: number; changed: number; newIds: string[] };

// A page's write time, strictly increasing within the process, so RETURNING can tell a row this
// page inserted (createdAt = it) from one it updated, even for two pages in one millisecond. Also a
// mark between pages: later than every row written so far, earlier than every row written after
// (recent-first.ts takes one before its hooks run).
let lastWriteMs = 0;
export function nextWriteTime(): Date {
  lastWriteMs = Math.max(Date.now(), lastWriteMs + 1);
  return new Date(lastWriteMs);
}

function instantOf(value: unknown): number {
  return rawDate(value).getTime();
}

// A bank that lists one id twice in a page must not make ON CONFLICT touch a row twice (PostgreSQL refuses).
function lastOfEachId(rows: BankTransactionRow[]): BankTransactionRow[] {
  const byId = new Map<string, BankTransactionRow>();
  for (const row of rows) byId.set(row.bankTransactionId, row);
  return byId.size === rows.length ? rows : [...byId.values()];
}

export async function applyTransactionsPage(sql: SqlRunner, target: PageTarget, pageRows: BankTransactionRow[]): Promise<PageResult> {
  const rows = lastOfEachId(pageRows);
  const result: PageResult = { added: 0, changed: 0, newIds: [] };
  if (rows.length === 0) return result;
  const now = nextWriteTime();
  const limit = sql.provider === 'sqlite' ? sqliteRowsPerStatement * insertColumns.length : undefined;
  for (const part of chunk(rows, insertColumns.length, limit)) {
    const params: unknown[] = [];
    for (const row of part) {
      params.push(timeOrderedId(), target.workspaceId, target.accountId, row.bankTransactionId);
      for (const column of bankColumns) params.push(row[column]);
      const categoryId = target.firstCategory?.(row) ?? null;
      params.push(categoryId, categoryId ? 'bank' : null, target.passId, 0, now, now);
    }
    const values = Array.from({ length: part.length }, () => placeholders(insertColumns.length)).join(', ');
    const written = await sql.query<{ id: string; createdAt: unknown; updatedAt: unknown }>(upsertPrefix + values + upsertSuffix, params);
    for (const row of written) {
      if (instantOf(row.createdAt) === now.getTime()) {
        result.added++;
        result.newIds.push(row.id);
      } else if (instantOf(row.updatedAt) === now.getTime()) {
        result.changed++;
      }
    }
  }
  return result;
}
