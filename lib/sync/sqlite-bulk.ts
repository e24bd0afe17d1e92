import Database from 'better-sqlite3';
import type { Db } from '@/lib/db';
import type { SqlRunner } from './sql';

// The one place the sync engine goes under Prisma: on SQLite, pages of transactions are written
// through a plain better-sqlite3 connection to the same file, with cached prepared statements.
// Measured on a 100k-row import: Prisma's raw queries spend most of the time converting bind
// parameters; this path writes the same SQL several times faster (see bench/sync-import.ts).
// Each sync run opens its own connection, so two runs never share a transaction; SQLite's
// busy_timeout serialises them with the app's Prisma connection (WAL keeps readers unblocked).

// Values as Prisma's SQLite adapter stores them, so rows written here read back identically.
function toSqlite(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace('Z', '+00:00');
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === undefined) return null;
  return value;
}

export type BulkSqlite = { runner: SqlRunner; transaction<T>(work: (sql: SqlRunner) => Promise<T>): Promise<T>; close(): void };

/** The database file behind a Prisma SQLite client (what `main` is attached to). */
async function sqliteFileOf(db: Db): Promise<string> {
  const rows = await db.$queryRawUnsafe<{ file: string }[]>(`SELECT "file" FROM pragma_database_list WHERE "name" = 'main'`);
  const file = rows[0]?.file;
  if (!file) throw new Error('the SQLite database has no file (in-memory databases cannot take the bulk path)');
  return file;
}

export async function openBulkSqlite(db: Db): Promise<BulkSqlite> {
  const connection = new Database(await sqliteFileOf(db));
  connection.pragma('journal_mode = WAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  // For this connection only: in WAL mode NORMAL still survives a killed process (each commit is
  // atomic in the log) and skips an fsync per page; a power cut can lose the last pages, and the
  // cursor that covers them with them, so the next sync simply reads them again.
  connection.pragma('synchronous = NORMAL');
  // Checkpoint the log every ~80 MB rather than every 4 MB: a first sync commits hundreds of pages,
  // and copying the log back after each few of them was a third of the import time.
  connection.pragma('wal_autocheckpoint = 20000');
  // 32 MB of page cache rather than 2 MB: Transaction has seven indexes, and a page of rows touches
  // the right edge of each; with the default cache every commit read them back from the OS.
  connection.pragma('cache_size = -32768');
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = connection.prepare(sql);
      if (statement.reader) statement.safeIntegers(true); // BigInt money, as Prisma returns it
      statements.set(sql, statement);
    }
    return statement;
  };
  const runner: SqlRunner = {
    provider: 'sqlite',
    async query<T>(sql: string, params: unknown[] = []) {
      // An array binds the anonymous parameters in order; spreading 20,000 arguments is slow.
      return prepare(sql).all(params.map(toSqlite)) as T[];
    },
    async execute(sql: string, params: unknown[] = []) {
      return prepare(sql).run(params.map(toSqlite)).changes;
    },
  };
  return {
    runner,
    async transaction(work) {
      connection.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(runner);
        connection.exec('COMMIT');
        return result;
      } catch (error) {
        if (connection.inTransaction) connection.exec('ROLLBACK');
        throw error;
      }
    },
    close() {
      connection.pragma('wal_checkpoint(PASSIVE)');
      connection.close();
    },
  };
}
