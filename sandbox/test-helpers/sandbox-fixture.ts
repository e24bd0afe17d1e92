import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as oidc from 'openid-client';
import type { SandboxConfig } from '../config';
import { startSandbox, type RunningSandbox } from '../server';
import { TestBrowser, expectPage, expectRedirectOut } from './browser';

// Starts a real sandbox on an ephemeral port with a throwaway data dir, and
// links accounts through it with a standard OAuth client (openid-client).

export const cashlensClient = {
  clientId: 'cashlens-local',
  clientSecret: 'cashlens-local-secret',
  redirectUri: 'http://localhost:3000/api/bank/callback',
};

export const adminToken = 'test-admin-token';
export const fdxBase = '/jpmc/servicing/inquiry-maintenance/fdx/v4';

export type TestSandbox = RunningSandbox & { stop(): Promise<void> };

export async function startTestSandbox(overrides: Partial<SandboxConfig> = {}): Promise<TestSandbox> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sandbox-bank-'));
  const sandbox = await startSandbox({ port: 0, dataDir, adminToken, ...overrides });
  return {
    ...sandbox,
    async stop() {
      await sandbox.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function discoverClient(sandboxUrl: string, secret = cashlensClient.clientSecret): Promise<oidc.Configuration> {
  return oidc.discovery(new URL(sandboxUrl), cashlensClient.clientId, undefined, oidc.ClientSecretBasic(secret), {
    algorithm: 'oauth2',
    execute: [oidc.allowInsecureRequests],
  });
}

export type AuthorizationStart = { url: URL; codeVerifier: string; state: string };

export async function startAuthorization(config: oidc.Configuration, extra: Record<string, string> = {}): Promise<AuthorizationStart> {
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: cashlensClient.redirectUri,
    scope: 'aggregator',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    ...extra,
  });
  return { url, codeVerifier, state };
}

/** Signs in and answers the consent page; returns where the bank sent the browser back to. */
export async function approveInBrowser(
  authorizeUrl: URL,
  options: { username?: string; password?: string; accountIds?: string[]; decision?: 'Share' | 'Deny' } = {},
): Promise<URL> {
  const browser = new TestBrowser(authorizeUrl.origin);
  const login = expectPage(await browser.get(authorizeUrl.href));
  const consent = expectPage(
    await browser.submit(login, {
      action: '/login',
      set: { username: options.username ?? 'consumer', password: options.password ?? 'sandbox-consumer' },
    }),
  );
  const set = options.accountIds ? { accountId: options.accountIds } : undefined;
  return expectRedirectOut(await browser.submit(consent, { action: '/consent', button: options.decision ?? 'Share', set }));
}

export type LinkedTokens = { tokens: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers; callback: URL };

export async function linkAccounts(
  config: oidc.Configuration,
  options: Parameters<typeof approveInBrowser>[1] = {},
): Promise<LinkedTokens> {
  const start = await startAuthorization(config);
  const callback = await approveInBrowser(start.url, options);
  const tokens = await oidc.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier: start.codeVerifier,
    expectedState: start.state,
  });
  return { tokens, callback };
}

export async function fetchFdx(sandboxUrl: string, accessToken: string, route = '/accounts'): Promise<Response> {
  return fetch(`${sandboxUrl}${fdxBase}${route}`, { headers: { authorization: `Bearer ${accessToken}` } });
}

/** Every accountId anywhere in an FDX payload, whatever the account type wrapper. */
export function collectAccountIds(payload: unknown): string[] {
  const found = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'accountId' && typeof inner === 'string') found.add(inner);
        else walk(inner);
      }
    }
  };
  walk(payload);
  return [...found].sort();
}

export async function postToken(sandboxUrl: string, body: Record<string, string>, auth?: { id: string; secret: string }) {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (auth) headers.authorization = `Basic ${Buffer.from(`${auth.id}:${auth.secret}`).toString('base64')}`;
  const response = await fetch(`${sandboxUrl}/aggregator-oauth/v1/token`, {
    method: 'POST',
    headers,
    body: new URLSearchParams(body).toString(),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export async function adminRequest(sandboxUrl: string, method: string, route: string, body?: unknown) {
  const response = await fetch(`${sandboxUrl}/sandbox/admin${route}`, {
    method,
    headers: { 'x-sandbox-admin': adminToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A test file's sandbox and the standard client configured against it. */
export async function startSandboxWithClient(overrides: Partial<SandboxConfig> = {}): Promise<{ sandbox: TestSandbox; config: oidc.Configuration }> {
  const sandbox = await startTestSandbox(overrides);
  return { sandbox, config: await discoverClient(sandbox.url) };
}
