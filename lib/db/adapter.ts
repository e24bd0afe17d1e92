import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { getDatabaseProvider, sqliteFilePath } from './database-url';

// WAL lets readers (page renders) run while a sync writes; foreign keys make onDelete: Cascade real.
// Both are set per connection; WAL also sticks to the file once set. Syncs run in the worker
// process, so a page's write can find the file locked by the worker's post-sync work for a few
// seconds on a busy machine: it waits for it (up to 10 s) rather than failing the request.
// Exported so bench:sync's plain-insert baseline runs with the same connection settings.
export const SQLITE_CONNECTION_PRAGMAS = 'PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;';

/** The driver adapter for a DATABASE_URL, shared by the Prisma client and the schema engine. */
export function createAdapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  if (getDatabaseProvider(url) === 'postgresql') return new PrismaPg({ connectionString: url });
  // Schema diffs need a connection but never a real file.
  if (url === 'file::memory:') return new PrismaBetterSqlite3({ url: ':memory:' });

  const file = sqliteFilePath(url);
  const inner = new PrismaBetterSqlite3({ url: `file:${file}` });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect(): Promise<SqlDriverAdapter> {
      // Created on first use so a fresh install needs no setup step.
      mkdirSync(path.dirname(file), { recursive: true });
      const adapter = await inner.connect();
      await adapter.executeScript(SQLITE_CONNECTION_PRAGMAS);
      return adapter;
    },
    connectToShadowDb: () => inner.connectToShadowDb(),
  };
}
