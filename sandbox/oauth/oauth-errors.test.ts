import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser, expectPage, expectRedirectOut } from '../test-helpers/browser';
import {
  approveInBrowser,
  cashlensClient,
  discoverClient,
  fetchFdx,
  postToken,
  startAuthorization,
  startTestSandbox,
  type TestSandbox,
} from '../test-helpers/sandbox-fixture';

// Every bad input gets the standard OAuth error and status, never a 500.

let sandbox: TestSandbox;
let config: oidc.Configuration;
const basic = { id: cashlensClient.clientId, secret: cashlensClient.clientSecret };

beforeAll(async () => {
  sandbox = await startTestSandbox({ accessTokenTtl: 2 });
  config = await discoverClient(sandbox.url);
});
afterAll(async () => {
  await sandbox?.stop();
});

/** A fresh, unused authorization code and the verifier that goes with it. */
async function obtainCode(): Promise<{ code: string; codeVerifier: string }> {
  const start = await startAuthorization(config);
  const callback = await approveInBrowser(start.url);
  return { code: callback.searchParams.get('code')!, codeVerifier: start.codeVerifier };
}

function exchange(code: string, codeVerifier: string | undefined, auth = basic, redirectUri = cashlensClient.redirectUri) {
  return postToken(
    sandbox.url,
    { grant_type: 'authorization_code', code, redirect_uri: redirectUri, ...(codeVerifier ? { code_verifier: codeVerifier } : {}) },
    auth,
  );
}

function authorizeUrl(params: Record<string, string>): string {
  const url = new URL('/aggregator-oauth/v1/mobile/authorize', sandbox.url);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.href;
}

const validAuthorizeParams = {
  response_type: 'code',
  client_id: cashlensClient.clientId,
  redirect_uri: cashlensClient.redirectUri,
  scope: 'aggregator',
  state: 'state-123',
  code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
  code_challenge_method: 'S256',
};

describe('token endpoint client authentication', () => {
  it('refuses an unknown client with invalid_client 401', async () => {
    const { code, codeVerifier } = await obtainCode();
    const result = await exchange(code, codeVerifier, { id: 'not-a-client', secret: 'whatever-whatever' });
    expect(result.status).toBe(401);
    expect(result.body.error).toBe('invalid_client');
  });

  it('refuses a wrong secret with invalid_client 401', async () => {
    const { code, codeVerifier } = await obtainCode();
    const result = await exchange(code, codeVerifier, { id: cashlensClient.clientId, secret: 'wrong-secret-value' });
    expect(result.status).toBe(401);
    expect(result.body.error).toBe('invalid_client');
  });

  it('refuses a public client (no secret at all)', async () => {
    const { code, codeVerifier } = await obtainCode();
    const result = await postToken(sandbox.url, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: cashlensClient.redirectUri,
      code_verifier: codeVerifier,
      client_id: cashlensClient.clientId,
    });
    expect(result.status).toBe(401);
    expect(result.body.error).toBe('invalid_client');
  });
});

describe('authorization endpoint', () => {
  it.each([
    ['an unregistered redirect URI', 'http://evil.example/callback'],
    ['an altered path', 'http://localhost:3000/api/bank/callback/extra'],
    ['an added query', 'http://localhost:3000/api/bank/callback?x=1'],
    ['another port', 'http://localhost:3001/api/bank/callback'],
  ])('shows an error page and never redirects for %s', async (_label, redirectUri) => {
    const response = await fetch(authorizeUrl({ ...validAuthorizeParams, redirect_uri: redirectUri }), { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain('invalid_redirect_uri');
  });

  it('shows an error page for an unknown client', async () => {
    const response = await fetch(authorizeUrl({ ...validAuthorizeParams, client_id: 'nobody' }), { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('invalid_client');
  });

  it.each([
    ['missing PKCE', { code_challenge: '', code_challenge_method: '' }, 'invalid_request'],
    ['plain PKCE', { code_challenge_method: 'plain' }, 'invalid_request'],
    ['an implicit response type', { response_type: 'token' }, 'unsupported_response_type'],
  ])('sends %s back to the app as an OAuth error', async (_label, change, error) => {
    const params: Record<string, string> = { ...validAuthorizeParams, ...change };
    for (const key of Object.keys(params)) if (params[key] === '') delete params[key];
    const response = await fetch(authorizeUrl(params), { redirect: 'manual' });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!);
    expect(location.origin + location.pathname).toBe(cashlensClient.redirectUri);
    // An implicit request's error goes in the fragment, as that response mode requires.
    const answer = location.hash ? new URLSearchParams(location.hash.slice(1)) : location.searchParams;
    expect(answer.get('error')).toBe(error);
    expect(answer.get('state')).toBe('state-123');
    expect(answer.get('iss')).toBe(sandbox.url);
  });

  it('treats a request without scope as aggregator, on the unversioned path too', async () => {
    const params: Record<string, string> = { ...validAuthorizeParams };
    delete params.scope;
    const url = new URL('/aggregator-oauth/mobile/authorize', sandbox.url);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    const page = expectPage(await new TestBrowser(sandbox.url).get(url.href));
    expect(page.status).toBe(200);
    expect(page.html).toContain('Sign in to Sandbox Bank');
  });
});

describe('authorization codes', () => {
  it('works once; a replayed code is refused and revokes the tokens it issued', async () => {
    const { code, codeVerifier } = await obtainCode();
    const first = await exchange(code, codeVerifier);
    expect(first.status).toBe(200);
    const accessToken = String(first.body.access_token);
    expect((await fetchFdx(sandbox.url, accessToken)).status).toBe(200);

    const replay = await exchange(code, codeVerifier);
    expect(replay.status).toBe(400);
    expect(replay.body.error).toBe('invalid_grant');

    expect((await fetchFdx(sandbox.url, accessToken)).status).toBe(401);
    const refresh = await postToken(sandbox.url, { grant_type: 'refresh_token', refresh_token: String(first.body.refresh_token) }, basic);
    expect(refresh.body.error).toBe('invalid_grant');
  });

  it('refuses a wrong PKCE verifier', async () => {
    const { code } = await obtainCode();
    const result = await exchange(code, oidc.randomPKCECodeVerifier());
    expect(result.status).toBe(400);
    expect(result.body.error).toBe('invalid_grant');
  });

  it('refuses a missing PKCE verifier', async () => {
    const { code } = await obtainCode();
    const result = await exchange(code, undefined);
    expect(result.status).toBe(400);
    expect(result.body.error).toBe('invalid_grant');
  });

  it('refuses a different redirect_uri at the token endpoint', async () => {
    const { code, codeVerifier } = await obtainCode();
    const result = await exchange(code, codeVerifier, basic, 'http://localhost:3000/elsewhere');
    expect(result.status).toBe(400);
    expect(result.body.error).toBe('invalid_grant');
  });

  it('refuses a made-up code', async () => {
    const result = await exchange('not-a-real-code', oidc.randomPKCECodeVerifier());
    expect(result.status).toBe(400);
    expect(result.body.error).toBe('invalid_grant');
  });

  it('accepts the unversioned token path', async () => {
    const { code, codeVerifier } = await obtainCode();
    const response = await fetch(`${sandbox.url}/aggregator-oauth/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${basic.id}:${basic.secret}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: cashlensClient.redirectUri, code_verifier: codeVerifier }).toString(),
    });
    expect(response.status).toBe(200);
  });
});

describe('FDX API bearer tokens', () => {
  it('refuses a foreign or missing token with 401', async () => {
    expect((await fetchFdx(sandbox.url, 'not-a-token')).status).toBe(401);
    const bare = await fetch(`${sandbox.url}/jpmc/servicing/inquiry-maintenance/fdx/v4/accounts`);
    expect(bare.status).toBe(401);
  });

  it('refuses an expired access token, while refresh still works', async () => {
    const start = await startAuthorization(config);
    const callback = await approveInBrowser(start.url);
    const tokens = await oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: start.codeVerifier, expectedState: start.state });
    expect(tokens.expires_in).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect((await fetchFdx(sandbox.url, tokens.access_token)).status).toBe(401);
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    expect((await fetchFdx(sandbox.url, refreshed.access_token)).status).toBe(200);
  });

  it('refuses refresh after the app revoked its tokens', async () => {
    const start = await startAuthorization(config);
    const callback = await approveInBrowser(start.url);
    const tokens = await oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: start.codeVerifier, expectedState: start.state });
    await oidc.tokenRevocation(config, tokens.refresh_token!);
    const refresh = await postToken(sandbox.url, { grant_type: 'refresh_token', refresh_token: tokens.refresh_token! }, basic);
    expect(refresh.status).toBe(400);
    expect(refresh.body.error).toBe('invalid_grant');
  });
});

it('never lets one browser finish another browser\'s interaction', async () => {
  const start = await startAuthorization(config);
  const owner = new TestBrowser(sandbox.url);
  const login = expectPage(await owner.get(start.url.href));
  const stranger = new TestBrowser(sandbox.url);
  const stolen = await stranger.get(login.url);
  expect(expectPage(stolen).status).toBe(400);
  // And the owner can still finish.
  const consent = expectPage(await owner.submit(login, { action: '/login', set: { username: 'single', password: 'sandbox-single' } }));
  expect(expectRedirectOut(await owner.submit(consent, { action: '/consent', button: 'Share' })).searchParams.get('code')).toBeTruthy();
});
