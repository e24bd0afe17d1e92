import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminRequest, approveInBrowser, startTestSandbox, type TestSandbox } from '../../sandbox/test-helpers/sandbox-fixture';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import type { Actor } from '@/lib/workspaces/actor';
import { listConnections } from '@/lib/accounts/queries';
import { startBankTestEnvironment } from './test-helpers/bank-test-env';
import { beginConnect, completeConnect } from './connect-flow';
import { openRefreshToken } from './connection-tokens';
import { disconnectConnection } from './disconnect';
import { createFdxClient } from './fdx-client';
import { InstitutionNotConfiguredError, sandboxCreditUnionEntry, SANDBOX_CREDIT_UNION_ID } from './institutions';
import { getAccessToken } from './token-manager';
import { createTestPerson, personalActor } from '@/lib/workspaces/test-helpers/person';

// Two real sandbox banks side by side (Chase and Lakeshore Credit Union, each its own process-like
// server, issuer, FDX base and customers) and one user linked to both. The credit union is
// configured the way an operator adds any FDX bank: an entry in BANK_INSTITUTIONS.

let chase: Awaited<ReturnType<typeof startBankTestEnvironment>>;
let creditUnion: TestSandbox;
let t: TestDatabase;
let user: Actor;

const CONSUMER = { username: 'consumer', password: 'sandbox-consumer' };
const CONSUMER2 = { username: 'consumer2', password: 'sandbox-consumer2' };

beforeAll(async () => {
  chase = await startBankTestEnvironment();
  creditUnion = await startTestSandbox({ institution: 'credit-union' });
  const cu = sandboxCreditUnionEntry(creditUnion.url);
  process.env.BANK_INSTITUTIONS = JSON.stringify([
    cu,
    // The same bank with a wrong secret, and a bank whose address nothing answers on.
    { ...cu, id: 'wrong-secret-cu', name: 'Wrong Secret CU', clientSecret: 'not-the-registered-secret' },
    { ...cu, id: 'nowhere-cu', name: 'Nowhere CU', authorizeUrl: 'http://127.0.0.1:9/authorize', tokenUrl: 'http://127.0.0.1:9/token' },
  ]);
  t = await createTestDatabase();
  const row = await createTestPerson(t.db, { email: 'two-banks@example.test', passwordHash: 'unused' });
  user = personalActor(row, 'session-two-banks');
}, 60_000);
afterAll(async () => {
  delete process.env.BANK_INSTITUTIONS;
  await t?.drop();
  await creditUnion?.stop();
  await chase?.stop();
});

async function link(institution: string, login: { username: string; password: string }) {
  const authorizeUrl = await beginConnect(t.db, user, { displayMode: 'popup', institution });
  const callback = await approveInBrowser(authorizeUrl, login);
  return { authorizeUrl, callback, result: await completeConnect(t.db, user, callback) };
}

describe('one user, two banks', () => {
  it('links the consumer at Chase and the second card at the credit union; both connections hold their own accounts', async () => {
    const atChase = await link('chase', CONSUMER);
    const atCu = await link(SANDBOX_CREDIT_UNION_ID, CONSUMER2);
    expect(atChase.authorizeUrl.origin).toBe(new URL(chase.sandbox.url).origin);
    expect(atCu.authorizeUrl.origin).toBe(new URL(creditUnion.url).origin);
    // The callback came from the credit union's own issuer; the state told the app which bank it was.
    expect(atCu.callback.searchParams.get('iss')).toBe(creditUnion.url);

    const connections = await listConnections(t.db, user.id);
    const byBank = new Map(connections.map((connection) => [connection.institution, connection]));
    expect([...byBank.keys()].sort()).toEqual(['chase', SANDBOX_CREDIT_UNION_ID]);
    expect(byBank.get('chase')!.accounts.map((a) => a.name).sort()).toEqual(['Home Mortgage', 'Joint Checking', 'Rainy Day Savings', 'Rivera Brokerage', 'Sapphire Card']);
    expect(byBank.get(SANDBOX_CREDIT_UNION_ID)!.accounts.map((a) => a.name)).toEqual(['Lakeshore Visa']);
    expect(byBank.get(SANDBOX_CREDIT_UNION_ID)!.id).toBe(atCu.result.connectionId);
  });

  it('each bank knows only its own customers', async () => {
    const authorizeUrl = await beginConnect(t.db, user, { displayMode: 'popup', institution: SANDBOX_CREDIT_UNION_ID });
    await expect(approveInBrowser(authorizeUrl, CONSUMER)).rejects.toThrow();
  });

  it('reads, refreshes and revokes through the connection’s own bank', async () => {
    const connection = await t.db.bankConnection.findFirstOrThrow({ where: { workspaceId: user.id, institution: SANDBOX_CREDIT_UNION_ID } });
    const accounts = await createFdxClient(connection.id, t.db).listAccounts();
    expect(accounts.map((a) => a.bankAccountId)).toEqual(['acc-cu-rivera-card']);

    // Expire the access token: the refresh must go to the credit union's token endpoint (Chase's is counted).
    const chaseTokenCalls = chase.proxy.requests.length;
    await t.db.bankConnection.update({ where: { id: connection.id }, data: { accessTokenExpiresAt: new Date(Date.now() - 1000) } });
    const fresh = await getAccessToken(connection.id, t.db);
    expect((await adminRequest(creditUnion.url, 'POST', '/tokens/inspect', { token: fresh })).body.active).toBe(true);
    expect(chase.proxy.requests.length).toBe(chaseTokenCalls);

    const refreshToken = openRefreshToken(await t.db.bankConnection.findUniqueOrThrow({ where: { id: connection.id } }))!;
    expect(await disconnectConnection(t.db, user, connection.id, false)).toEqual({ revokedAtBank: true });
    expect((await adminRequest(creditUnion.url, 'POST', '/tokens/inspect', { token: refreshToken })).body.active).toBe(false);
    // Chase's link is untouched.
    expect((await t.db.bankConnection.findFirstOrThrow({ where: { workspaceId: user.id, institution: 'chase' } })).status).toBe('active');
  });

  it('a reconnect goes back to the connection’s own bank, whatever institution the request names', async () => {
    const connection = await t.db.bankConnection.findFirstOrThrow({ where: { workspaceId: user.id, institution: SANDBOX_CREDIT_UNION_ID } });
    const authorizeUrl = await beginConnect(t.db, user, { displayMode: 'popup', institution: 'chase', reconnectConnectionId: connection.id });
    expect(authorizeUrl.origin).toBe(new URL(creditUnion.url).origin);
    const result = await completeConnect(t.db, user, await approveInBrowser(authorizeUrl, CONSUMER2));
    expect(result.connectionId).toBe(connection.id);
  });

  it('a misconfigured bank fails with a message saying what is wrong, and stores nothing', async () => {
    const before = await t.db.bankConnection.count();
    await expect(beginConnect(t.db, user, { displayMode: 'popup', institution: 'nowhere-cu' })).rejects.toMatchObject({ code: 'bank_unreachable' });
    await expect(beginConnect(t.db, user, { displayMode: 'popup', institution: 'first-national' })).rejects.toMatchObject({ code: 'institution_unknown' });

    const authorizeUrl = await beginConnect(t.db, user, { displayMode: 'popup', institution: 'wrong-secret-cu' });
    const callback = await approveInBrowser(authorizeUrl, CONSUMER2);
    const failure = completeConnect(t.db, user, callback);
    await expect(failure).rejects.toMatchObject({ code: 'bank_misconfigured', httpStatus: 400 });
    await expect(failure).rejects.toThrow(/client id or secret configured for this bank is wrong/);
    expect(await t.db.bankConnection.count()).toBe(before);
  });

  it('a connection whose bank was removed from the configuration says so, and can still be disconnected', async () => {
    const retired = await t.db.bankConnection.create({ data: { workspaceId: user.id, institution: 'retired-bank', status: 'active' } });
    await expect(createFdxClient(retired.id, t.db).listAccounts()).rejects.toBeInstanceOf(InstitutionNotConfiguredError);
    expect(await disconnectConnection(t.db, user, retired.id, false)).toEqual({ revokedAtBank: false });
    expect((await t.db.bankConnection.findUniqueOrThrow({ where: { id: retired.id } })).status).toBe('disconnected');
  });
});
