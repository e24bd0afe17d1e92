import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { parseIntoClientConfig } from 'pg-connection-string';
import { settleBackgroundWork } from '../background-work';
import { createDb, type Db } from '../db';
import { env } from '../env';
import type { Provider } from './database-url';
import { migrateDatabase } from './migrate';

export type TestDatabase = { url: string; provider: Provider; db: Db; drop(): Promise<void> };

export function testDatabaseProvider(): Provider {
  return env().CASHLENS_TEST_DB;
}

export function testPostgresServerUrl(): string {
  return env().CASHLENS_TEST_PG_URL;
}

async function runOnServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client(parseIntoClientConfig(serverUrl));
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, fully migrated database for one test file or test: a temp SQLite file, or (with
 * CASHLENS_TEST_DB=postgresql) a new database on CASHLENS_TEST_PG_URL's server. Always call drop().
 *
 *   const t = await createTestDatabase();
 *   afterAll(() => t.drop());
 *   await t.db.user.create({ … });
 */
/** `migrationsRoot`: migrate with another copy of the migrations (a migration test stops short of one). */
export async function createTestDatabase(provider: Provider = testDatabaseProvider(), { migrationsRoot }: { migrationsRoot?: string } = {}): Promise<TestDatabase> {
  const name = `cashlens_test_${randomBytes(6).toString('hex')}`;
  let url: string;
  let remove: () => Promise<void>;

  if (provider === 'sqlite') {
    const file = path.join(os.tmpdir(), `${name}.db`);
    url = `file:${file}`;
    remove = async () => {
      await Promise.all(['', '-wal', '-shm', '-journal'].map((suffix) => rm(file + suffix, { force: true })));
    };
  } else {
    const server = testPostgresServerUrl();
    const parsed = new URL(server);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    await runOnServer(server, `CREATE DATABASE "${name}"`);
    remove = () => runOnServer(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }

  try {
    await migrateDatabase(url, migrationsRoot ? { root: migrationsRoot } : {});
  } catch (error) {
    await remove();
    throw error;
  }
  const db = createDb(url);
  return {
    url,
    provider,
    db,
    async drop() {
      // Background work a test started (a first sync, a holder check, a webhook) still uses this
      // database: let it end before the database goes, or it fails later in another test's time.
      await settleBackgroundWork();
      await db.$disconnect();
      await remove();
    },
  };
}
