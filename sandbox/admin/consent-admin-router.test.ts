import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminRequest,
  discoverClient,
  fetchFdx,
  linkAccounts,
  startSandboxWithClient,
  startTestSandbox,
  type TestSandbox,
} from '../test-helpers/sandbox-fixture';

let sandbox: TestSandbox;
let config: oidc.Configuration;

beforeAll(async () => {
  ({ sandbox, config } = await startSandboxWithClient());
});
afterAll(() => sandbox?.stop());

describe('consent admin switches', () => {
  it('refuses requests without the admin header', async () => {
    const response = await fetch(`${sandbox.url}/sandbox/admin/consents`);
    expect(response.status).toBe(401);
    const wrong = await fetch(`${sandbox.url}/sandbox/admin/consents`, { headers: { 'x-sandbox-admin': 'nope' } });
    expect(wrong.status).toBe(401);
  });

  it('expiring a customer\'s consent forces a re-link: tokens dead, refresh invalid_grant', async () => {
    const { tokens } = await linkAccounts(config);
    expect((await adminRequest(sandbox.url, 'POST', '/tokens/inspect', { token: tokens.access_token })).body).toMatchObject({
      active: true,
      kind: 'access_token',
      customerId: 'cust-consumer-rivera',
      clientId: 'cashlens-local',
    });
    expect((await adminRequest(sandbox.url, 'POST', '/tokens/inspect', { token: tokens.refresh_token })).body.active).toBe(true);

    const ended = await adminRequest(sandbox.url, 'POST', '/consents/expire', { customerId: 'cust-consumer-rivera', clientId: 'cashlens-local' });
    expect(ended.status).toBe(200);
    expect(ended.body.ended).toHaveLength(1);

    expect((await fetchFdx(sandbox.url, tokens.access_token)).status).toBe(401);
    await expect(oidc.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
    expect((await adminRequest(sandbox.url, 'POST', '/tokens/inspect', { token: tokens.access_token })).body).toEqual({ active: false });
    expect((await adminRequest(sandbox.url, 'GET', '/consents?customerId=cust-consumer-rivera')).body.consents).toEqual([]);
  });

  it('revokes by grant id and rejects an empty filter', async () => {
    const { tokens } = await linkAccounts(config, { username: 'single', password: 'sandbox-single' });
    const listed = await adminRequest(sandbox.url, 'GET', '/consents?customerId=cust-consumer-chen');
    const [consent] = listed.body.consents as { grantId: string }[];
    expect((await adminRequest(sandbox.url, 'POST', '/consents/revoke', {})).status).toBe(400);
    expect((await adminRequest(sandbox.url, 'POST', '/consents/revoke', { grantId: consent!.grantId })).body.ended).toEqual([consent!.grantId]);
    expect((await fetchFdx(sandbox.url, tokens.access_token)).status).toBe(401);
  });

  it('switches refresh-token rotation at runtime', async () => {
    expect((await adminRequest(sandbox.url, 'GET', '/refresh-token-rotation')).body).toEqual({ enabled: false });
    expect((await adminRequest(sandbox.url, 'PUT', '/refresh-token-rotation', { enabled: 'yes' })).status).toBe(400);
    expect((await adminRequest(sandbox.url, 'PUT', '/refresh-token-rotation', { enabled: true })).body).toEqual({ enabled: true });
    const { tokens } = await linkAccounts(config);
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    await adminRequest(sandbox.url, 'PUT', '/refresh-token-rotation', { enabled: false });
  });
});

it('starts with rotation on when configured', async () => {
  const rotating = await startTestSandbox({ rotateRefreshTokens: true });
  try {
    const rotatingConfig = await discoverClient(rotating.url);
    const { tokens } = await linkAccounts(rotatingConfig);
    const refreshed = await oidc.refreshTokenGrant(rotatingConfig, tokens.refresh_token!);
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
  } finally {
    await rotating.stop();
  }
});
