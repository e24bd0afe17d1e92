import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as oidc from 'openid-client';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSandboxConfig } from './config';
import { startSandbox } from './server';
import { discoverClient, fetchFdx, linkAccounts } from './test-helpers/sandbox-fixture';

const dataDir = mkdtempSync(path.join(tmpdir(), 'sandbox-restart-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('configuration', () => {
  it('has Chase-like defaults with Cashlens registered', () => {
    const config = parseSandboxConfig({});
    expect(config).toMatchObject({
      port: 4010,
      issuer: 'http://localhost:4010',
      dataDir: './data/sandbox',
      accessTokenTtl: 900,
      rotateRefreshTokens: false,
      adminToken: 'sandbox-admin',
    });
    expect(config.clients).toEqual([
      {
        client_id: 'cashlens-local',
        client_secret: 'cashlens-local-secret',
        redirect_uri: 'http://localhost:3000/api/bank/callback',
        client_name: 'Cashlens',
      },
    ]);
  });

  it('parses clients and switches from the environment and rejects nonsense', () => {
    const config = parseSandboxConfig({
      SANDBOX_CLIENTS: JSON.stringify([{ client_id: 'a', client_secret: 'a-secret-of-16-chars', redirect_uri: 'https://a.example/cb', client_name: 'A' }]),
      SANDBOX_ROTATE_REFRESH_TOKENS: 'true',
      SANDBOX_PORT: '5000',
    });
    expect(config.clients[0]?.client_id).toBe('a');
    expect(config.rotateRefreshTokens).toBe(true);
    expect(config.port).toBe(5000);
    expect(() => parseSandboxConfig({ SANDBOX_CLIENTS: 'not json' })).toThrow(/SANDBOX_CLIENTS/);
    expect(() => parseSandboxConfig({ SANDBOX_ACCESS_TOKEN_TTL: '-1' })).toThrow(/Invalid sandbox configuration/);
  });
});

describe('persistence', () => {
  it('keeps tokens, consents and keys across a restart on the same data dir', async () => {
    const first = await startSandbox({ port: 0, dataDir });
    const config = await discoverClient(first.url);
    const { tokens } = await linkAccounts(config);
    const port = first.config.port;
    await first.close();
    // Let the client notice the old server's closed keep-alive sockets.
    await new Promise((resolve) => setTimeout(resolve, 100));

    const second = await startSandbox({ port, dataDir, issuer: first.url });
    try {
      expect((await fetchFdx(second.url, tokens.access_token)).status).toBe(200);
      const again = await discoverClient(second.url);
      const refreshed = await oidc.refreshTokenGrant(again, tokens.refresh_token!);
      expect(refreshed.consented_on).toBe(tokens.consented_on);
    } finally {
      await second.close();
    }
  });
});
