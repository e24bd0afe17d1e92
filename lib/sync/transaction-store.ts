import { randomUUID } from 'node:crypto';
import type { BankTransactionRow } from '@/lib/bank/types';
import { chunk, placeholders, type SqlRunner } from './sql';

// Writes one page of bank rows: exactly once per (account, bank transaction id), bank-owned
// fields only (the user's category, merchant, notes… are never in the SET list), and a row is
// rewritten only when the bank changed something. Every row the page names gets the pass mark.

const bankColumns = [
  'status', 'amountMinor', 'currency', 'bookedOn', 'transactedAt', 'postedAt', 'description', 'bankMerchantName',
  'payee', 'payeeKey', 'bankCategory', 'bankTransactionType', 'foreignAmountMinor', 'foreignCurrency', 'merchantCountry', 'bankReferenceId',
] as const satisfies readonly (keyof BankTransactionRow)[];
type BankColumn = (typeof bankColumns)[number];

const insertColumns = ['id', 'userId', 'accountId', 'bankTransactionId', ...bankColumns, 'lastSeenPassId', 'missingCount', 'createdAt', 'updatedAt'];
const q = (column: string) => `"${column}"`;

const upsertPrefix = `INSERT INTO "Transaction" (${insertColumns.map(q).join(', ')}) VALUES `;
const upsertSuffix =
  ` ON CONFLICT ("accountId", "bankTransactionId") DO UPDATE SET ` +
  [...bankColumns, 'lastSeenPassId', 'updatedAt'].map((c) => `${q(c)} = excluded.${q(c)}`).join(', ') +
  `, "missingCount" = 0`;

type ExistingRow = { id: string; bankTransactionId: string; lastSeenPassId: string | null; missingCount: number | bigint } & Record<BankColumn, unknown>;

export type PageTarget = { userId: string; accountId: string; passId: string };
export type PageResult = { added: number; changed: number; newIds: string[] };

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    const at = a === null || a === undefined ? null : new Date(a as Date).getTime();
    const bt = b === null || b === undefined ? null : new Date(b as Date).getTime();
    return at === bt;
  }
  if (typeof a === 'bigint' || typeof b === 'bigint') return a !== null && b !== null && a !== undefined && b !== undefined && BigInt(a as bigint) === BigInt(b as bigint);
  return (a ?? null) === (b ?? null);
}

function bankFieldsChanged(existing: ExistingRow, row: BankTransactionRow): boolean {
  return bankColumns.some((column) => !same(existing[column], row[column]));
}

// A bank that lists one id twice in a page must not make ON CONFLICT touch a row twice (PostgreSQL refuses).
function lastOfEachId(rows: BankTransactionRow[]): BankTransactionRow[] {
  const byId = new Map<string, BankTransactionRow>();
  for (const row of rows) byId.set(row.bankTransactionId, row);
  return byId.size === rows.length ? rows : [...byId.values()];
}

async function loadExisting(sql: SqlRunner, accountId: string, ids: string[]): Promise<Map<string, ExistingRow>> {
  const existing = new Map<string, ExistingRow>();
  const columns = ['id', 'bankTransactionId', ...bankColumns, 'lastSeenPassId', 'missingCount'].map(q).join(', ');
  for (const part of chunk(ids, 1, 5_000)) {
    const rows = await sql.query<ExistingRow>(
      `SELECT ${columns} FROM "Transaction" WHERE "accountId" = ? AND "bankTransactionId" IN ${placeholders(part.length)}`,
      [accountId, ...part],
    );
    for (const row of rows) existing.set(row.bankTransactionId, row);
  }
  return existing;
}

export async function applyTransactionsPage(sql: SqlRunner, target: PageTarget, pageRows: BankTransactionRow[]): Promise<PageResult> {
  const rows = lastOfEachId(pageRows);
  if (rows.length === 0) return { added: 0, changed: 0, newIds: [] };
  const existing = await loadExisting(sql, target.accountId, rows.map((row) => row.bankTransactionId));

  const now = new Date();
  const writes: unknown[][] = [];
  const newIds: string[] = [];
  const touchIds: string[] = [];
  let changed = 0;
  for (const row of rows) {
    const current = existing.get(row.bankTransactionId);
    if (current && !bankFieldsChanged(current, row)) {
      if (current.lastSeenPassId !== target.passId || Number(current.missingCount) !== 0) touchIds.push(current.id);
      continue;
    }
    const id = current?.id ?? randomUUID();
    if (current) changed++;
    else newIds.push(id);
    writes.push([id, target.userId, target.accountId, row.bankTransactionId, ...bankColumns.map((c) => row[c]), target.passId, 0, now, now]);
  }

  for (const part of chunk(writes, insertColumns.length)) {
    const values = part.map(() => placeholders(insertColumns.length)).join(', ');
    await sql.execute(upsertPrefix + values + upsertSuffix, part.flat());
  }
  for (const part of chunk(touchIds, 1, 5_000)) {
    await sql.execute(`UPDATE "Transaction" SET "lastSeenPassId" = ?, "missingCount" = 0 WHERE "id" IN ${placeholders(part.length)}`, [target.passId, ...part]);
  }
  return { added: newIds.length, changed, newIds };
}
