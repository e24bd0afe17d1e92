import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminRequest,
  collectAccountIds,
  fetchFdx,
  linkAccounts,
  startSandboxWithClient,
  type TestSandbox,
} from '../test-helpers/sandbox-fixture';

// The happy path as a standard OAuth client sees it: code + PKCE, refresh with
// and without rotation, revocation, and the FDX API honouring the consent.

let sandbox: TestSandbox;
let config: oidc.Configuration;

beforeAll(async () => {
  ({ sandbox, config } = await startSandboxWithClient());
});
afterAll(() => sandbox?.stop());

describe('authorization code flow with PKCE', () => {
  it('issues Chase-shaped tokens that open the FDX API for the chosen accounts only', async () => {
    const before = Math.floor(Date.now() / 1000);
    const { tokens, callback } = await linkAccounts(config, { accountIds: ['acc-rivera-checking', 'acc-rivera-card'] });

    expect(callback.origin + callback.pathname).toBe('http://localhost:3000/api/bank/callback');
    expect(callback.searchParams.get('iss')).toBe(sandbox.url);
    expect(tokens.token_type).toBe('bearer');
    expect(tokens.scope).toBe('aggregator');
    expect(tokens.expires_in).toBe(900);
    expect(tokens.refresh_token_expires_in).toBe(31536000);
    expect(tokens.consented_on).toBeGreaterThanOrEqual(before);
    expect(typeof tokens.refresh_token).toBe('string');

    const response = await fetchFdx(sandbox.url, tokens.access_token);
    expect(response.status).toBe(200);
    expect(collectAccountIds(await response.json())).toEqual(['acc-rivera-card', 'acc-rivera-checking']);
  });

  it('refreshes without rotating by default, and the old access token keeps working', async () => {
    const { tokens } = await linkAccounts(config);
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.refresh_token).toBe(tokens.refresh_token);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    expect(refreshed.consented_on).toBe(tokens.consented_on);
    expect((await fetchFdx(sandbox.url, refreshed.access_token)).status).toBe(200);
    // Without rotation the same refresh token can be used again.
    const again = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    expect(again.access_token).toBeTruthy();
  });

  it('rotates refresh tokens when switched on at runtime, and a rotated-out token is refused', async () => {
    expect((await adminRequest(sandbox.url, 'PUT', '/refresh-token-rotation', { enabled: true })).body).toEqual({ enabled: true });
    try {
      const { tokens } = await linkAccounts(config);
      const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
      expect(refreshed.refresh_token).toBeTruthy();
      expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
      await expect(oidc.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
    } finally {
      await adminRequest(sandbox.url, 'PUT', '/refresh-token-rotation', { enabled: false });
    }
  });

  it('revokes: a revoked refresh token ends the grant, so access token and refresh both stop working', async () => {
    const { tokens } = await linkAccounts(config);
    expect((await oidc.tokenIntrospection(config, tokens.access_token)).active).toBe(true);

    await oidc.tokenRevocation(config, tokens.refresh_token!);

    expect((await oidc.tokenIntrospection(config, tokens.access_token)).active).toBe(false);
    expect((await fetchFdx(sandbox.url, tokens.access_token)).status).toBe(401);
    await expect(oidc.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
    const inspected = await adminRequest(sandbox.url, 'POST', '/tokens/inspect', { token: tokens.access_token });
    expect(inspected.body.active).toBe(false);
  });

  it('revoking the access token disconnects the app: its refresh token and consent end too', async () => {
    const { tokens } = await linkAccounts(config);
    await oidc.tokenRevocation(config, tokens.access_token);
    expect((await fetchFdx(sandbox.url, tokens.access_token)).status).toBe(401);
    await expect(oidc.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
    const inspected = await adminRequest(sandbox.url, 'POST', '/tokens/inspect', { token: tokens.refresh_token });
    expect(inspected.body.active).toBe(false);
  });

  it('accepts client_secret_post as well as client_secret_basic', async () => {
    const postConfig = await oidc.discovery(
      new URL(sandbox.url),
      'cashlens-local',
      undefined,
      oidc.ClientSecretPost('cashlens-local-secret'),
      { algorithm: 'oauth2', execute: [oidc.allowInsecureRequests] },
    );
    const { tokens } = await linkAccounts(postConfig);
    const refreshed = await oidc.refreshTokenGrant(postConfig, tokens.refresh_token!);
    expect(refreshed.access_token).toBeTruthy();
  });
});

describe('metadata and ping', () => {
  it('publishes RFC 8414 metadata with Chase paths and the iss response parameter', async () => {
    const metadata = (await (await fetch(`${sandbox.url}/.well-known/oauth-authorization-server`)).json()) as Record<string, unknown>;
    expect(metadata).toMatchObject({
      issuer: sandbox.url,
      authorization_endpoint: `${sandbox.url}/aggregator-oauth/v1/mobile/authorize`,
      token_endpoint: `${sandbox.url}/aggregator-oauth/v1/token`,
      revocation_endpoint: `${sandbox.url}/aggregator-oauth/v1/revoke`,
      introspection_endpoint: `${sandbox.url}/aggregator-oauth/v1/introspect`,
      authorization_response_iss_parameter_supported: true,
      code_challenge_methods_supported: ['S256'],
    });
    expect(metadata.token_endpoint_auth_methods_supported).not.toContain('none');
    // The FDX API takes bearer tokens only: advertising DPoP would promise sender-constrained tokens it never checks.
    expect(metadata).not.toHaveProperty('dpop_signing_alg_values_supported');
  });

  it('answers ping for a registered client-id only', async () => {
    const ok = await fetch(`${sandbox.url}/aggregator-oauth/v1/ping`, { headers: { 'client-id': 'cashlens-local' } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ok' });
    const unknown = await fetch(`${sandbox.url}/aggregator-oauth/v1/ping`, { headers: { 'client-id': 'nobody' } });
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toMatchObject({ error: 'invalid_client' });
  });
});
