import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/sqlite/client';
import { openAccessToken, openRefreshToken } from '@/lib/bank/connection-tokens';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { hashEmail } from '@/lib/security/activity';
import { linkSandboxConnection } from '@/lib/sync/test-helpers/link-sandbox-connection';
import { cashlensClient, startTestSandbox, type TestSandbox } from '../../sandbox/test-helpers/sandbox-fixture';
import { WORKSPACE_TABLES } from '@/lib/workspaces/delete-workspace';
import { deleteAccount, INDIRECT_TABLES, USER_TABLES } from './delete-account';
import { introspectAtSandbox, seedUserRows } from './test-helpers/seed-user-rows';

let t: TestDatabase;
let sandbox: TestSandbox;
beforeAll(async () => {
  [t, sandbox] = await Promise.all([createTestDatabase(), startTestSandbox()]);
}, 60_000);
afterAll(async () => {
  await Promise.all([t?.drop(), sandbox?.stop()]);
});

type Delegate = { findMany(): Promise<unknown[]> };
const delegateOf = (db: TestDatabase['db'], model: string) => (db as unknown as Record<string, Delegate>)[model.charAt(0).toLowerCase() + model.slice(1)]!;
const text = (row: unknown) => JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));

describe('deleting an account', () => {
  it('classifies every table of the schema, so a new one cannot be forgotten', () => {
    const models = Object.values(Prisma.ModelName);
    const classified = new Set<string>([...USER_TABLES, ...WORKSPACE_TABLES, ...Object.keys(INDIRECT_TABLES)]);
    expect(models.filter((model) => !classified.has(model))).toEqual([]);
    const withColumn = (column: string) => models.filter((model) => column in ((Prisma as unknown as Record<string, object>)[`${model}ScalarFieldEnum`] ?? {}));
    expect(withColumn('userId').filter((model) => !(USER_TABLES as readonly string[]).includes(model))).toEqual([]);
    expect(withColumn('workspaceId').filter((model) => !(WORKSPACE_TABLES as readonly string[]).includes(model))).toEqual([]);
  });

  it('revokes the bank tokens at the bank, removes every row of the user, and keeps only the proof of deletion', async () => {
    const email = `leaving-${Date.now()}@example.test`;
    const gone = await linkSandboxConnection(t.db, sandbox.url, { user: 'single', email });
    const stays = await linkSandboxConnection(t.db, sandbox.url, { user: 'consumer' });
    await seedUserRows(t.db, gone.workspaceId, gone.accountIds[0]!, gone.connectionId, email);
    await seedUserRows(t.db, stays.workspaceId, stays.accountIds[0]!, stays.connectionId, 'stays@example.test');
    const connection = await t.db.bankConnection.findUniqueOrThrow({ where: { id: gone.connectionId } });
    const tokens = [openRefreshToken(connection), openAccessToken(connection)].filter((token): token is string => Boolean(token));
    expect(tokens.length).toBeGreaterThan(0);
    for (const token of tokens) expect((await introspectAtSandbox(sandbox.url, token, cashlensClient)).active).toBe(true);

    const result = await deleteAccount(t.db, gone.workspaceId, { ipAddress: '203.0.113.9', userAgent: 'Test' });
    expect(result).toEqual({ connections: 1, revokedAtBank: 1 });

    for (const token of tokens) expect((await introspectAtSandbox(sandbox.url, token, cashlensClient)).active).toBe(false);
    const identifiers = [gone.workspaceId, email, gone.connectionId, ...gone.accountIds];
    const staysIdentifiers = [stays.workspaceId, stays.connectionId];
    let rowsLeftForOther = 0;
    for (const model of Object.values(Prisma.ModelName)) {
      const rows = await delegateOf(t.db, model).findMany();
      for (const row of rows) {
        const serialized = text(row);
        for (const id of identifiers) expect(serialized, `${model} still holds ${id}`).not.toContain(id);
        if (staysIdentifiers.some((id) => serialized.includes(id))) rowsLeftForOther += 1;
      }
    }
    expect(rowsLeftForOther).toBeGreaterThan(20);
    const proof = await t.db.securityEvent.findMany({ where: { userEmailHash: hashEmail(email) } });
    expect(proof).toHaveLength(1);
    expect(proof[0]).toMatchObject({ kind: 'account_deleted', userId: null, ipAddress: '203.0.113.9' });
    expect(await deleteAccount(t.db, gone.workspaceId)).toBeNull();
  }, 60_000);
});
