import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminRequest, approveInBrowser, fdxBase } from '../../sandbox/test-helpers/sandbox-fixture';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { startBankTestEnvironment } from './test-helpers/bank-test-env';
import { beginConnect, completeConnect } from './connect-flow';
import { ReconnectNeededError } from './errors';
import { markAccessTokenRefused } from './connection-status';
import { openRefreshToken, sealConnectionTokens } from './connection-tokens';
import { createFdxClient } from './fdx-client';
import { getAccessToken } from './token-manager';
import { createTestPerson, personalActor } from '@/lib/workspaces/test-helpers/person';

let env: Awaited<ReturnType<typeof startBankTestEnvironment>>;
let t: TestDatabase;
let workspaceId: string;

beforeAll(async () => {
  env = await startBankTestEnvironment();
  t = await createTestDatabase();
  workspaceId = (await createTestPerson(t.db, { email: 'tokens@example.test', passwordHash: 'unused' })).id;
}, 60_000);
afterAll(async () => {
  await t.drop();
  await env.stop();
});

async function link(username = 'single', password = 'sandbox-single'): Promise<string> {
  const user = personalActor({ id: workspaceId, email: 'tokens@example.test' }, 's1');
  const callback = await approveInBrowser(await beginConnect(t.db, user, { displayMode: 'popup' }), { username, password });
  return (await completeConnect(t.db, user, callback)).connectionId;
}

const expireAccessToken = (connectionId: string) =>
  t.db.bankConnection.update({ where: { id: connectionId }, data: { accessTokenExpiresAt: new Date(Date.now() - 1000) } });

const refreshCalls = () => env.proxy.requests.filter((grant) => grant === 'refresh_token').length;

async function fdxAnswers(token: string): Promise<number> {
  const response = await fetch(`${env.sandbox.url}${fdxBase}/accounts`, { headers: { authorization: `Bearer ${token}` } });
  return response.status;
}

describe('access tokens', () => {
  it('reuses a fresh token and refreshes an expiring one exactly once for concurrent callers', async () => {
    const connectionId = await link();
    const fresh = await getAccessToken(connectionId, t.db);
    expect(await getAccessToken(connectionId, t.db)).toBe(fresh);
    const before = refreshCalls();

    await expireAccessToken(connectionId);
    const tokens = await Promise.all(Array.from({ length: 5 }, () => getAccessToken(connectionId, t.db)));
    expect(refreshCalls()).toBe(before + 1);
    expect(new Set(tokens).size).toBe(1);
    expect(tokens[0]).not.toBe(fresh);
    expect(await fdxAnswers(tokens[0]!)).toBe(200);
  });

  it('survives refresh-token rotation: each refresh uses the newest refresh token', async () => {
    await adminRequest(env.sandbox.url, 'PUT', '/refresh-token-rotation', { enabled: true });
    try {
      const connectionId = await link();
      const seen = new Set<string>();
      for (let i = 0; i < 3; i++) {
        await expireAccessToken(connectionId);
        const token = await getAccessToken(connectionId, t.db);
        expect(await fdxAnswers(token)).toBe(200);
        seen.add(token);
      }
      expect(seen.size).toBe(3);
      expect((await t.db.bankConnection.findUniqueOrThrow({ where: { id: connectionId } })).status).toBe('active');
    } finally {
      await adminRequest(env.sandbox.url, 'PUT', '/refresh-token-rotation', { enabled: false });
    }
  });

  it('marks the connection "reconnect needed" on invalid_grant and then stops calling the bank', async () => {
    const connectionId = await link();
    await adminRequest(env.sandbox.url, 'POST', '/consents/revoke', { customerId: 'cust-consumer-chen' });
    await expireAccessToken(connectionId);
    await expect(getAccessToken(connectionId, t.db)).rejects.toBeInstanceOf(ReconnectNeededError);
    const row = await t.db.bankConnection.findUniqueOrThrow({ where: { id: connectionId } });
    expect(row.status).toBe('reconnect_needed');

    const calls = env.proxy.requests.length;
    await expect(getAccessToken(connectionId, t.db)).rejects.toBeInstanceOf(ReconnectNeededError);
    expect(env.proxy.requests.length).toBe(calls);
  });

  it('answers a first FDX 401 with one refresh and a retry, and stays active when that works', async () => {
    const connectionId = await link();
    const row = await t.db.bankConnection.findUniqueOrThrow({ where: { id: connectionId } });
    // The bank dropped the access token early (say, a key rotation); the refresh token still works.
    const bogus = { accessToken: 'dropped-by-the-bank', refreshToken: openRefreshToken(row), accessTokenExpiresAt: new Date(Date.now() + 600_000), refreshTokenExpiresAt: row.refreshTokenExpiresAt, consentedAt: null, scope: null };
    await t.db.bankConnection.update({ where: { id: connectionId }, data: sealConnectionTokens(connectionId, bogus) });
    const before = refreshCalls();
    const accounts = await createFdxClient(connectionId, t.db).listAccounts();
    expect(accounts.length).toBeGreaterThan(0);
    expect(refreshCalls()).toBe(before + 1);
    expect((await t.db.bankConnection.findUniqueOrThrow({ where: { id: connectionId } })).status).toBe('active');
  });

  it('marks the connection "reconnect needed" when the FDX API answers 401', async () => {
    const connectionId = await link();
    await adminRequest(env.sandbox.url, 'POST', '/consents/revoke', { customerId: 'cust-consumer-chen' });
    // The token has not expired locally, so the bank's 401 is the first sign.
    const client = createFdxClient(connectionId, t.db);
    await expect(client.listAccounts()).rejects.toBeInstanceOf(ReconnectNeededError);
    expect((await t.db.bankConnection.findUniqueOrThrow({ where: { id: connectionId } })).status).toBe('reconnect_needed');
  });

  it('a late 401 for a token a reconnect has replaced leaves the reconnected connection alone', async () => {
    const connectionId = await link();
    const oldToken = await getAccessToken(connectionId, t.db);
    await adminRequest(env.sandbox.url, 'POST', '/consents/revoke', { customerId: 'cust-consumer-chen' });
    const user = personalActor({ id: workspaceId, email: 'tokens@example.test' }, 's1');
    const callback = await approveInBrowser(await beginConnect(t.db, user, { displayMode: 'popup', reconnectConnectionId: connectionId }), {
      username: 'single',
      password: 'sandbox-single',
    });
    await completeConnect(t.db, user, callback);

    await markAccessTokenRefused(t.db, connectionId, oldToken);
    expect((await t.db.bankConnection.findUniqueOrThrow({ where: { id: connectionId } })).status).toBe('active');
    await markAccessTokenRefused(t.db, connectionId, await getAccessToken(connectionId, t.db));
    expect((await t.db.bankConnection.findUniqueOrThrow({ where: { id: connectionId } })).status).toBe('reconnect_needed');
  });
});
