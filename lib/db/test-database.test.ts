import { existsSync } from 'node:fs';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { sqliteFilePath } from './database-url';
import { createTestDatabase, testPostgresServerUrl } from './test-database';

describe('createTestDatabase', () => {
  it('gives each caller its own migrated SQLite file and removes it on drop', async () => {
    const [a, b] = await Promise.all([createTestDatabase('sqlite'), createTestDatabase('sqlite')]);
    await a.db.user.create({ data: { email: 'only-in-a@example.com', passwordHash: 'x' } });
    expect(await b.db.user.count()).toBe(0);
    await Promise.all([a.drop(), b.drop()]);
    expect(existsSync(sqliteFilePath(a.url))).toBe(false);
  });

  it('creates and drops a PostgreSQL database', async () => {
    const t = await createTestDatabase('postgresql');
    await t.db.user.create({ data: { email: 'pg@example.com', passwordHash: 'x' } });
    await t.drop();
    const client = new pg.Client(testPostgresServerUrl());
    await client.connect();
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [new URL(t.url).pathname.slice(1)]);
    await client.end();
    expect(rowCount).toBe(0);
  });
});
