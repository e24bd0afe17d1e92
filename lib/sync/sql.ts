import type { Db } from '@/lib/db';
import type { Provider } from '@/lib/db/database-url';

// The sync engine's bulk statements are hand-written SQL that both SQLite and PostgreSQL accept
// (INSERT … ON CONFLICT … DO UPDATE, quoted identifiers). They are written with `?` placeholders;
// PostgreSQL's $1…$n are produced here. Everything runs through Prisma's driver adapter, inside
// Prisma transactions, so a page of rows and the cursor that covers it commit together.

export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

export type SqlRunner = {
  provider: Provider;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  execute(sql: string, params?: unknown[]): Promise<number>;
};

// Largest bind-parameter count per statement we allow ourselves (SQLite's limit is 32766, PostgreSQL's 65535).
export const maxParams = 30_000;

/** Which engine a client talks to (Prisma keeps it on the client; both generated clients agree on the name). */
export function providerOf(db: Db | Tx): Provider {
  const active = (db as unknown as { _activeProvider?: string })._activeProvider;
  if (active === 'postgresql' || active === 'postgres') return 'postgresql';
  if (active === 'sqlite') return 'sqlite';
  throw new Error(`unsupported database provider: ${String(active)}`);
}

function toPostgresPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export function sqlRunner(client: Db | Tx, provider: Provider): SqlRunner {
  const prepare = provider === 'postgresql' ? toPostgresPlaceholders : (sql: string) => sql;
  return {
    provider,
    query: <T>(sql: string, params: unknown[] = []) => client.$queryRawUnsafe<T[]>(prepare(sql), ...params),
    execute: (sql: string, params: unknown[] = []) => client.$executeRawUnsafe(prepare(sql), ...params),
  };
}

/**
 * `column IN (…)` over a JSON array bound as ONE parameter: a batch of 2,000 ids costs one bind
 * instead of 2,000 (binding is most of the cost of a raw query through Prisma).
 */
export function inJsonIds(column: string, provider: Provider): string {
  return provider === 'postgresql' ? `${column} IN (SELECT jsonb_array_elements_text(CAST(? AS jsonb)))` : `${column} IN (SELECT "value" FROM json_each(?))`;
}

/**
 * A table source `alias("value")` over a JSON array of ids bound as one parameter. Put it first and
 * join Transaction to it with CROSS JOIN: SQLite then walks the ids and reads each row by primary
 * key, instead of (given "workspaceId = ?", which holds for every row of a one-user history) scanning
 * the user's index and testing each row against the list. PostgreSQL ignores the hint.
 */
export function jsonIdsTable(alias: string, provider: Provider): string {
  return provider === 'postgresql' ? `jsonb_array_elements_text(CAST(? AS jsonb)) AS ${alias}("value")` : `json_each(?) AS ${alias}`;
}

/**
 * `column = ?` for a user filter that must not drive the query plan. On SQLite a unary `+` keeps
 * the planner off the column's index (see jsonIdsTable); PostgreSQL has no such operator for text
 * and no need for it.
 */
export function sameUserNoIndex(column: string, provider: Provider): string {
  return provider === 'sqlite' ? `+${column} = ?` : `${column} = ?`;
}

/** A timestamp read by raw SQL: a Date from one driver, an ISO string (or epoch number) from another. */
export function rawDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

/** Money or a count read by raw SQL: a bigint, a number or a numeric string, depending on driver and column. */
export function rawBigInt(value: unknown): bigint {
  return BigInt(value as bigint | number | string);
}

/** `(?, ?, ?)` for n values. */
export function placeholders(n: number): string {
  return `(${Array.from({ length: n }, () => '?').join(', ')})`;
}

/** Splits items so that each statement stays under the bind-parameter limit. */
export function chunk<T>(items: T[], paramsPerItem: number, limit = maxParams): T[][] {
  const size = Math.max(1, Math.floor(limit / paramsPerItem));
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Runs `work` in one database transaction with room for a large page (Prisma's default is 5 s). */
export function inTransaction<T>(db: Db, work: (sql: SqlRunner, tx: Tx) => Promise<T>): Promise<T> {
  const provider = providerOf(db);
  return db.$transaction((tx) => work(sqlRunner(tx, provider), tx), { maxWait: 30_000, timeout: 300_000 });
}
