import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { createConsentAdminRouter, requireAdminToken } from './admin/consent-admin-router';
import { createDataAdminRouter } from './admin/data-admin-router';
import { parseSandboxConfig, type SandboxConfig } from './config';
import { createFdxRouter } from './fdx/router';
import {
  acceptClientSecretPost,
  createChaseTokenResponse,
  defaultAggregatorScope,
  rewriteRouteAliases,
} from './oauth/chase-compat';
import { createSandboxProvider, type OAuthRuntimeSettings } from './oauth/create-provider';
import { createGrantResolver, trackProviderRevocations } from './oauth/grants';
import { createPingRouter } from './oauth/ping-router';
import { createClientAuthThrottle } from './oauth/client-auth-throttle';
import { createInteractionRouter } from './pages/interaction-router';
import { createPasswordThrottle } from './pages/verify-credentials';
import { createSecurityHeaders } from './pages/security-headers';
import { createSecurityCenterRouter } from './security-center/router';
import { provideSandboxBrand, sandboxBrands } from './institution';
import { openSandboxDatabase } from './store/database';
import { sweepExpiredPayloads } from './store/oidc-adapter';

// The sandbox bank as one process: oidc-provider is the Koa app, and every
// other part (pages, Security Center, FDX API, admin switches) is mounted in front of it.

export type RunningSandbox = { url: string; config: SandboxConfig; close(): Promise<void> };

const sweepIntervalMs = 10 * 60 * 1000;

export async function startSandbox(overrides: Partial<SandboxConfig> = {}): Promise<RunningSandbox> {
  const base = { ...parseSandboxConfig(), ...overrides };
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(base.port, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  // On an ephemeral port the issuer can only be known after listening.
  const issuer = overrides.issuer ?? (base.port === 0 ? `http://localhost:${port}` : base.issuer);
  const config: SandboxConfig = { ...base, port, issuer };

  const db = openSandboxDatabase(config.dataDir);
  const settings: OAuthRuntimeSettings = { rotateRefreshTokens: config.rotateRefreshTokens };
  const provider = createSandboxProvider(config, db, settings);
  const resolveGrant = createGrantResolver(provider, db);
  trackProviderRevocations(provider, db);
  const brand = sandboxBrands[config.institution];

  provider.use(provideSandboxBrand(brand));
  provider.use(createSecurityHeaders(config.clients.map((client) => client.redirect_uri)));
  provider.use(requireAdminToken(config.adminToken));
  provider.use(rewriteRouteAliases);
  provider.use(defaultAggregatorScope);
  provider.use(acceptClientSecretPost);
  provider.use(createClientAuthThrottle());
  provider.use(createChaseTokenResponse(provider, db));
  // One password throttle for both sign-in pages: the same customer signs in at either.
  const passwords = createPasswordThrottle();
  for (const router of [
    createPingRouter(provider),
    createInteractionRouter(provider, db, config.issuer, passwords),
    createSecurityCenterRouter(provider, db, config.issuer, passwords),
    createConsentAdminRouter({ provider, db, settings, resolveGrant }),
    createDataAdminRouter(),
    createFdxRouter({ resolveGrant, prefix: brand.fdxPrefix, statementTitle: brand.statementTitle }),
  ]) {
    provider.use(router.routes());
    provider.use(router.allowedMethods());
  }

  server.on('request', provider.callback());
  const sweep = setInterval(() => sweepExpiredPayloads(db), sweepIntervalMs);
  sweep.unref();

  return {
    url: issuer,
    config,
    async close() {
      clearInterval(sweep);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      db.close();
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sandbox = await startSandbox();
  console.log(`Sandbox bank (${sandboxBrands[sandbox.config.institution].bankName}) listening on ${sandbox.url} (data in ${sandbox.config.dataDir})`);
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
