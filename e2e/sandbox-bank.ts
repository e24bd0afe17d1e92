// The sandbox bank as a test sees it: the admin switches, and the FDX API read with a token of
// the test's own (an independent view of what the bank serves, to compare the app against).
import * as oidc from 'openid-client';
import { approveInBrowser } from '../sandbox/test-helpers/sandbox-fixture';
import { creditUnionUrl, sandboxUrl } from '../playwright.config';

export const E2E_CLIENT = { id: 'cashlens-e2e-reader', secret: 'cashlens-e2e-reader-secret', redirectUri: 'http://localhost:9/e2e-reader/callback' };
export const SANDBOX_ADMIN_TOKEN = 'e2e-sandbox-admin';
const FDX = '/jpmc/servicing/inquiry-maintenance/fdx/v4';
// The second sandbox bank: its own issuer and FDX base.
export const CREDIT_UNION_BANK = { url: creditUnionUrl, fdx: '/api/cu/fdx/v4' };

export async function sandboxAdmin(method: string, route: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${sandboxUrl}/sandbox/admin${route}`, {
    method,
    headers: { 'x-sandbox-admin': SANDBOX_ADMIN_TOKEN, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`sandbox admin ${method} ${route} answered ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

export async function isTokenActive(token: string): Promise<boolean> {
  const result = await sandboxAdmin('POST', '/tokens/inspect', { token });
  return result.active === true;
}

export type FdxBalances = Map<string, { currentBalance?: number; availableBalance?: number; availableCredit?: number; principalBalance?: number }>;

/** Links the customer through a separate reader client and returns what /accounts serves. */
export async function readBalancesAsBank(username: string, password: string, bank = { url: sandboxUrl, fdx: FDX }): Promise<FdxBalances> {
  const config = await oidc.discovery(new URL(bank.url), E2E_CLIENT.id, undefined, oidc.ClientSecretBasic(E2E_CLIENT.secret), {
    algorithm: 'oauth2',
    execute: [oidc.allowInsecureRequests],
  });
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: E2E_CLIENT.redirectUri,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
  });
  const callback = await approveInBrowser(url, { username, password });
  const tokens = await oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: codeVerifier, expectedState: state });
  const response = await fetch(`${bank.url}${bank.fdx}/accounts?resultType=details`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
  const body = (await response.json()) as { accounts: Record<string, { accountId: string }>[] };
  const balances: FdxBalances = new Map();
  for (const item of body.accounts) {
    const account = Object.values(item)[0]!;
    balances.set(account.accountId, account as never);
  }
  return balances;
}
