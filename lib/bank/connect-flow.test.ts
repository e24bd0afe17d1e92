import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { approveInBrowser } from '../../sandbox/test-helpers/sandbox-fixture';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import type { Actor } from '@/lib/workspaces/actor';
import { listConnections } from '@/lib/accounts/queries';
import { startBankTestEnvironment } from './test-helpers/bank-test-env';
import { beginConnect, completeConnect } from './connect-flow';
import { ConnectError } from './connect-errors';
import { disconnectConnection } from './disconnect';
import { refreshConnectionAccounts } from './refresh-accounts';
import { createTestPerson, personalActor } from '@/lib/workspaces/test-helpers/person';

let env: Awaited<ReturnType<typeof startBankTestEnvironment>>;
let t: TestDatabase;
let alice: Actor;
let bob: Actor;

beforeAll(async () => {
  env = await startBankTestEnvironment();
  t = await createTestDatabase();
  const make = async (email: string): Promise<Actor> => {
    const user = await createTestPerson(t.db, { email, passwordHash: 'unused' });
    return personalActor(user, `session-of-${email}`);
  };
  alice = await make('alice@example.test');
  bob = await make('bob@example.test');
}, 60_000);
afterAll(async () => {
  await t.drop();
  await env.stop();
});
beforeEach(() => env.proxy.setMode('forward'));

const BUSINESS = { username: 'business', password: 'sandbox-business' };

async function authorize(user: Actor, options: Parameters<typeof approveInBrowser>[1] = {}) {
  const authorizeUrl = await beginConnect(t.db, user, { displayMode: 'popup' });
  return approveInBrowser(authorizeUrl, { ...BUSINESS, ...options });
}

async function expectConnectError(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toBeInstanceOf(ConnectError);
  await expect(promise).rejects.toMatchObject({ code });
}

describe('Connect flow against the sandbox bank', () => {
  it('sends PKCE S256 and a state, and stores exactly the shared accounts with sealed tokens', async () => {
    const authorizeUrl = await beginConnect(t.db, alice, { displayMode: 'popup' });
    expect(authorizeUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorizeUrl.searchParams.get('state')).toHaveLength(43);
    const callback = await approveInBrowser(authorizeUrl, { ...BUSINESS, accountIds: ['acc-harbor-checking', 'acc-harbor-card'] });
    expect(callback.searchParams.get('iss')).toBe(env.sandbox.url);

    const result = await completeConnect(t.db, alice, callback);
    const [connection] = await listConnections(t.db, alice.id);
    expect(connection).toMatchObject({ id: result.connectionId, status: 'active' });
    expect(connection!.accounts.map((a) => a.name).sort()).toEqual(['Business Checking', 'Ink Business Card']);
    expect(connection!.accounts.every((a) => a.currentBalanceMinor !== null)).toBe(true);
    const row = await t.db.bankConnection.findUniqueOrThrow({ where: { id: result.connectionId } });
    expect(row.accessTokenCipher).toMatch(/^v1\./);
    expect(row.consentedAt).toBeInstanceOf(Date);
    expect(await t.db.securityEvent.findMany({ where: { userId: alice.id, kind: 'bank_linked' } })).toHaveLength(1);
  });

  it('refuses a reused state without calling the token endpoint again', async () => {
    const callback = await authorize(bob);
    await completeConnect(t.db, bob, callback);
    const calls = env.proxy.requests.length;
    await expectConnectError(completeConnect(t.db, bob, callback), 'state_invalid');
    expect(env.proxy.requests.length).toBe(calls);
  });

  it('refuses a state from another user or another session, sending nothing to the bank', async () => {
    const callback = await authorize(alice);
    const calls = env.proxy.requests.length;
    await expectConnectError(completeConnect(t.db, bob, callback), 'state_invalid');
    const otherSession = await authorize(alice);
    await expectConnectError(completeConnect(t.db, { ...alice, sessionId: 'a-stolen-cookie' }, otherSession), 'state_invalid');
    expect(env.proxy.requests.length).toBe(calls);
  });

  it('a callback with another user’s state leaves that user’s pending link intact', async () => {
    const callback = await authorize(alice);
    await expectConnectError(completeConnect(t.db, bob, callback), 'state_invalid');
    await expectConnectError(completeConnect(t.db, { ...alice, sessionId: 'a-stolen-cookie' }, callback), 'state_invalid');
    const result = await completeConnect(t.db, alice, callback);
    expect(result.displayMode).toBe('popup');
  });

  it('asks for the aggregator scope, and refuses a callback without iss (RFC 9207) before calling the token endpoint', async () => {
    const authorizeUrl = await beginConnect(t.db, alice, { displayMode: 'popup' });
    expect(authorizeUrl.searchParams.get('scope')).toBe('aggregator');
    const callback = await approveInBrowser(authorizeUrl, BUSINESS);
    callback.searchParams.delete('iss');
    const calls = env.proxy.requests.length;
    await expectConnectError(completeConnect(t.db, alice, callback), 'exchange_failed');
    expect(env.proxy.requests.length).toBe(calls);
  });

  it('refuses an expired or missing state, sending nothing to the bank', async () => {
    const callback = await authorize(alice);
    await t.db.oAuthState.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    const calls = env.proxy.requests.length;
    await expectConnectError(completeConnect(t.db, alice, callback), 'state_invalid');
    const withoutState = new URL(callback);
    withoutState.searchParams.delete('state');
    await expectConnectError(completeConnect(t.db, alice, withoutState), 'state_invalid');
    expect(env.proxy.requests.length).toBe(calls);
  });

  it('maps a denial and a bank error page to friendly errors, creating nothing', async () => {
    const before = await t.db.bankConnection.count();
    const denied = await authorize(alice, { decision: 'Deny' });
    expect(denied.searchParams.get('error')).toBe('access_denied');
    await expectConnectError(completeConnect(t.db, alice, denied), 'denied');

    const authorizeUrl = await beginConnect(t.db, alice, { displayMode: 'page' });
    const bankError = new URL('http://localhost:3000/api/bank/callback');
    bankError.searchParams.set('state', authorizeUrl.searchParams.get('state')!);
    bankError.searchParams.set('error', 'server_error');
    await expectConnectError(completeConnect(t.db, alice, bankError), 'bank_error');
    expect(await t.db.bankConnection.count()).toBe(before);
  });

  it('refuses a forged code, a wrong issuer, a garbage token response and a failing token endpoint', async () => {
    const before = await t.db.bankConnection.count();
    const forged = await authorize(alice);
    forged.searchParams.set('code', 'forged-code');
    await expectConnectError(completeConnect(t.db, alice, forged), 'exchange_failed');

    const wrongIssuer = await authorize(alice);
    wrongIssuer.searchParams.set('iss', 'https://evil.example');
    await expectConnectError(completeConnect(t.db, alice, wrongIssuer), 'exchange_failed');

    env.proxy.setMode('garbage');
    await expectConnectError(completeConnect(t.db, alice, await authorize(alice)), 'exchange_failed');
    env.proxy.setMode('error');
    await expectConnectError(completeConnect(t.db, alice, await authorize(alice)), 'exchange_failed');
    expect(await t.db.bankConnection.count()).toBe(before);
  });

  it('reconnecting keeps the same account rows; another user cannot reconnect, refresh or disconnect it', async () => {
    const [aliceConnection] = await listConnections(t.db, alice.id);
    const accountIds = aliceConnection!.accounts.map((a) => a.id).sort();

    await expect(beginConnect(t.db, bob, { displayMode: 'popup', reconnectConnectionId: aliceConnection!.id })).rejects.toMatchObject({ code: 'not_found' });
    expect(await disconnectConnection(t.db, bob, aliceConnection!.id, true)).toBeNull();
    await refreshConnectionAccounts(t.db, bob.id, aliceConnection!.id);
    expect((await listConnections(t.db, bob.id)).flatMap((c) => c.accounts.map((a) => a.id))).not.toEqual(expect.arrayContaining(accountIds));

    await t.db.bankConnection.update({ where: { id: aliceConnection!.id }, data: { status: 'reconnect_needed' } });
    const authorizeUrl = await beginConnect(t.db, alice, { displayMode: 'popup', reconnectConnectionId: aliceConnection!.id });
    const callback = await approveInBrowser(authorizeUrl, { ...BUSINESS, accountIds: ['acc-harbor-checking', 'acc-harbor-card'] });
    const result = await completeConnect(t.db, alice, callback);
    expect(result.connectionId).toBe(aliceConnection!.id);
    const [after] = await listConnections(t.db, alice.id);
    expect(after!.status).toBe('active');
    expect(after!.accounts.map((a) => a.id).sort()).toEqual(accountIds);
    expect(await t.db.securityEvent.count({ where: { userId: alice.id, kind: 'bank_reconnected' } })).toBe(1);
    expect(await t.db.securityEvent.count({ where: { userId: bob.id, kind: 'bank_unlinked' } })).toBe(0);
  });
});
