import { PrismaClient as PostgresClient } from './generated/postgresql/client';
import { PrismaClient as SqliteClient } from './generated/sqlite/client';
import { createAdapterFactory } from './db/adapter';
import { getDatabaseProvider, getDatabaseUrl } from './db/database-url';
import { retryWhenSqliteBusy } from './db/retry-busy';

// Both generated clients have the same models and methods (the schemas differ only in provider),
// so the app is typed against the SQLite one and the PostgreSQL client is cast to it.
export type Db = SqliteClient;
export type { Prisma } from './generated/sqlite/client';

/** A client for `url`. Prefer getDb(); this is for tests and scripts that open another database. */
export function createDb(url: string): Db {
  const adapter = createAdapterFactory(url);
  const db = getDatabaseProvider(url) === 'postgresql' ? (new PostgresClient({ adapter }) as unknown as Db) : retryingTransactions(new SqliteClient({ adapter }));
  Object.defineProperty(db, databaseUrlKey, { value: url, enumerable: false });
  return db;
}

/**
 * The web process and the sync worker write one SQLite file. Prisma opens interactive transactions
 * with a deferred BEGIN, so one that reads and then writes fails with SQLITE_BUSY(_SNAPSHOT) when the
 * other process committed in between; the busy timeout cannot help. A failed transaction was rolled
 * back whole, so every interactive transaction is run again (lib/db/retry-busy.ts). The batch form
 * takes already-built queries that cannot run twice: it is left as it is.
 */
function retryingTransactions(db: SqliteClient): SqliteClient {
  const transaction = db.$transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
  const retrying = (...args: unknown[]) => (typeof args[0] === 'function' ? retryWhenSqliteBusy(() => transaction(...args)) : transaction(...args));
  Object.defineProperty(db, '$transaction', { value: retrying, configurable: true, writable: true });
  return db;
}

// The URL each client was made for: the PostgreSQL job queue (pg-boss) opens its own pool to it.
// Kept on the client itself under a registry symbol, not in a module-level map: a production build
// may bundle this module into several chunks, and getDb's client (cached on globalThis) is then made
// by one copy and read by another.
const databaseUrlKey = Symbol.for('cashlens.databaseUrl');

/** The DATABASE_URL a client from createDb talks to. */
export function databaseUrlOf(db: Db): string {
  const url = (db as unknown as Record<symbol, string | undefined>)[databaseUrlKey];
  if (!url) throw new Error('this database client was not made by createDb');
  return url;
}

// Cached on globalThis so Next's dev reloads reuse one connection pool instead of leaking one per edit.
const cache = globalThis as typeof globalThis & { cashlensDb?: Db };

/** The app's one client, for the database named by DATABASE_URL (default file:./data/cashlens.db). */
export function getDb(): Db {
  cache.cashlensDb ??= createDb(getDatabaseUrl());
  return cache.cashlensDb;
}
