import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { providers } from '@/lib/db/database-url';
import { migrateDatabase } from '@/lib/db/migrate';
import { migrationsDir } from '@/lib/db/migrations-dir';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';

// The workspaces migration on a database that has users and their data from before it: every user
// gets a personal workspace whose id is their user id, owned by them, so every data row's old userId
// is its workspace id — nothing is lost or reassigned. Both providers run, whatever CASHLENS_TEST_DB says.

const WORKSPACES = '20261130183908_workspaces';

describe.each(providers)('the workspaces migration on %s', (provider) => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  /** A database migrated up to just before workspaces. */
  async function databaseBeforeWorkspaces(): Promise<TestDatabase> {
    const root = await mkdtemp(path.join(os.tmpdir(), 'cashlens-before-workspaces-'));
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    const source = migrationsDir(provider);
    const target = migrationsDir(provider, root);
    await cp(source, target, { recursive: true });
    for (const name of await readdir(target)) if (name >= WORKSPACES && name !== 'migration_lock.toml') await rm(path.join(target, name), { recursive: true });
    const t = await createTestDatabase(provider, { migrationsRoot: root });
    cleanups.push(() => t.drop());
    return t;
  }

  it('gives every user an owned personal workspace with their id and keeps every row reachable', async () => {
    const t = await databaseBeforeWorkspaces();
    const run = (sql: string, ...params: unknown[]) => t.db.$executeRawUnsafe(provider === 'postgresql' ? sql.replace(/\?/g, () => `$${++n}`) : sql, ...params);
    let n = 0;
    const at = new Date('2026-03-01T12:00:00Z');
    const exec = async (sql: string, ...params: unknown[]) => {
      n = 0;
      await run(sql, ...params);
    };
    await exec(`INSERT INTO "User" ("id", "email", "name", "passwordHash", "createdAt", "updatedAt", "dataVersion") VALUES (?, ?, ?, ?, ?, ?, ?)`, 'u-ada', 'ada@example.test', 'Ada', 'x', at, at, 7);
    await exec(`INSERT INTO "User" ("id", "email", "name", "passwordHash", "createdAt", "updatedAt", "dataVersion") VALUES (?, ?, ?, ?, ?, ?, ?)`, 'u-bob', 'bob@example.test', null, 'x', at, at, 0);
    await exec(`INSERT INTO "Session" ("id", "sessionToken", "userId", "expires") VALUES (?, ?, ?, ?)`, 's-ada', 'token-ada', 'u-ada', new Date('2099-01-01T00:00:00Z'));
    await exec(`INSERT INTO "BankConnection" ("id", "userId", "institution", "status", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)`, 'c-ada', 'u-ada', 'chase', 'active', at, at);
    await exec(
      `INSERT INTO "BankAccount" ("id", "userId", "connectionId", "bankAccountId", "accountCategory", "accountType", "name", "currentBalanceMinor", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      'a-ada', 'u-ada', 'c-ada', 'bank-1', 'DEPOSIT_ACCOUNT', 'CHECKING', 'Checking', 123_456n, at, at,
    );
    await exec(`INSERT INTO "Category" ("id", "userId", "key", "name", "nameKey", "kind") VALUES (?, ?, ?, ?, ?, ?)`, 'cat-ada', 'u-ada', 'groceries', 'Groceries', 'groceries', 'expense');
    for (const [id, amount] of [['t-1', -4_210n], ['t-2', 250_000n]] as const) {
      await exec(
        `INSERT INTO "Transaction" ("id", "userId", "accountId", "bankTransactionId", "status", "amountMinor", "bookedOn", "description", "categoryId", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        id, 'u-ada', 'a-ada', `bank-${id}`, 'posted', amount, at, 'Corner shop', 'cat-ada', at, at,
      );
    }
    await exec(`INSERT INTO "MoneySettings" ("userId", "loanPayments", "updatedAt") VALUES (?, ?, ?)`, 'u-ada', 'transfer', at);
    await exec(
      `INSERT INTO "OAuthState" ("id", "stateHash", "userId", "sessionId", "codeVerifierCipher", "tokenKeyId", "displayMode", "expiresAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      'o-1', 'hash', 'u-ada', 's-ada', 'c', 'k', 'popup', new Date('2099-01-01T00:00:00Z'),
    );

    // The schema engine needs the SQLite file to itself while it migrates.
    await t.db.$disconnect();
    expect((await migrateDatabase(t.url)).applied).toContain(WORKSPACES);

    const { db } = t;
    expect(await db.workspace.findMany({ orderBy: { id: 'asc' }, select: { id: true, name: true, kind: true, dataVersion: true } })).toEqual([
      { id: 'u-ada', name: "Ada's money", kind: 'personal', dataVersion: 7 },
      { id: 'u-bob', name: "bob's money", kind: 'personal', dataVersion: 0 },
    ]);
    expect(await db.membership.findMany({ orderBy: { userId: 'asc' }, select: { workspaceId: true, userId: true, role: true } })).toEqual([
      { workspaceId: 'u-ada', userId: 'u-ada', role: 'owner' },
      { workspaceId: 'u-bob', userId: 'u-bob', role: 'owner' },
    ]);
    const rows = await db.transaction.findMany({ where: { workspaceId: 'u-ada' }, orderBy: { id: 'asc' }, select: { id: true, amountMinor: true, categoryId: true } });
    expect(rows).toEqual([
      { id: 't-1', amountMinor: -4_210n, categoryId: 'cat-ada' },
      { id: 't-2', amountMinor: 250_000n, categoryId: 'cat-ada' },
    ]);
    expect(await db.bankAccount.findUniqueOrThrow({ where: { id: 'a-ada' }, select: { workspaceId: true, currentBalanceMinor: true, privateToUserId: true } })).toEqual({
      workspaceId: 'u-ada',
      currentBalanceMinor: 123_456n,
      privateToUserId: null,
    });
    expect(await db.bankConnection.count({ where: { workspaceId: 'u-ada' } })).toBe(1);
    expect((await db.moneySettings.findUniqueOrThrow({ where: { workspaceId: 'u-ada' } })).loanPayments).toBe('transfer');
    expect(await db.category.count({ where: { workspaceId: 'u-ada', nameKey: 'groceries' } })).toBe(1);
    // A link in flight when the upgrade ran is dropped (it lives ten minutes); the session stays.
    expect(await db.oAuthState.count()).toBe(0);
    expect(await db.session.findUniqueOrThrow({ where: { id: 's-ada' }, select: { activeWorkspaceId: true } })).toEqual({ activeWorkspaceId: null });
    // The renamed indexes exist under their new names (queries keep using them).
    const indexNames =
      provider === 'sqlite'
        ? (await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Transaction'`)).map((r) => r.name)
        : (await db.$queryRawUnsafe<{ indexname: string }[]>(`SELECT indexname FROM pg_indexes WHERE tablename = 'Transaction'`)).map((r) => r.indexname);
    expect(indexNames).toContain('Transaction_workspaceId_bookedOn_id_idx');
    expect(indexNames.filter((name) => name.includes('userId'))).toEqual([]);
  }, 60_000);
});
