import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { providers } from './database-url';
import { migrateDatabase } from './migrate';
import { migrationsDir } from './migrations-dir';
import { createTestDatabase, type TestDatabase } from './test-database';

// Both providers run here regardless of CASHLENS_TEST_DB: the migrations are per provider.
describe.each(providers)('migrateDatabase on %s', (provider) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  const fresh = async (): Promise<TestDatabase> => {
    const t = await createTestDatabase(provider);
    cleanups.push(() => t.drop());
    return t;
  };

  it('creates the tables on a fresh database and records the migrations', async () => {
    const { db } = await fresh();
    const user = await db.user.create({ data: { email: 'ada@example.com', passwordHash: 'x' } });
    expect(await db.user.findUnique({ where: { id: user.id } })).toMatchObject({ email: 'ada@example.com' });
    const applied = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL',
    );
    expect(applied.length).toBeGreaterThan(0);
  });

  it('is a no-op when run again', async () => {
    const { url, db } = await fresh();
    await db.user.create({ data: { email: 'kept@example.com', passwordHash: 'x' } });
    await expect(migrateDatabase(url)).resolves.toEqual({ applied: [] });
    expect(await db.user.count()).toBe(1);
  });

  it('refuses a database migrated by a newer Cashlens', async () => {
    const { url } = await fresh();
    // A copy of the repo's migrations plus one this code lacks, applied to the database.
    const root = await mkdtemp(path.join(os.tmpdir(), 'cashlens-newer-'));
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    await cp(migrationsDir(provider), migrationsDir(provider, root), { recursive: true });
    const extra = path.join(migrationsDir(provider, root), '29990101000000_from_the_future');
    await mkdir(extra);
    await writeFile(path.join(extra, 'migration.sql'), 'CREATE TABLE "Future" ("id" INTEGER NOT NULL PRIMARY KEY);\n');
    await expect(migrateDatabase(url, { root })).resolves.toEqual({ applied: ['29990101000000_from_the_future'] });

    const error = await migrateDatabase(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Cashlens cannot start: .* has migrations this version does not know \(29990101000000_from_the_future\)/);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('migrateDatabase on an unreachable server', () => {
  it('fails with the one-line unreachable message', async () => {
    const error = await migrateDatabase('postgres://postgres@127.0.0.1:1/cashlens').catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'Cashlens cannot start: the database at 127.0.0.1:1 is unreachable (ECONNREFUSED). Check DATABASE_URL.',
    );
  });
});
