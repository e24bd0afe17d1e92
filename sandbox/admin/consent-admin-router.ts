import { timingSafeEqual } from 'node:crypto';
import Router from '@koa/router';
import type { Context } from 'koa';
import type Provider from 'oidc-provider';
import { z } from 'zod';
import { endConsent, type ResolvedGrant } from '../oauth/grants';
import type { OAuthRuntimeSettings } from '../oauth/create-provider';
import type { SandboxDatabase } from '../store/database';
import { listActiveConsents, type ConsentEndReason } from '../store/consents';

// Scenario switches for tests: end consents the way the bank would (expiry,
// revocation), flip refresh-token rotation, and ask whether a token still works.
// The x-sandbox-admin check sits in front of every /sandbox/admin route (server.ts).

const consentFilterSchema = z
  .object({ grantId: z.string().min(1), customerId: z.string().min(1), clientId: z.string().min(1) })
  .partial()
  .refine((filter) => filter.grantId || filter.customerId || filter.clientId, 'give grantId, customerId or clientId');

const rotationSchema = z.object({ enabled: z.boolean() });
const tokenSchema = z.object({ token: z.string().min(1) });

export type ConsentAdminDeps = {
  provider: Provider;
  db: SandboxDatabase;
  settings: OAuthRuntimeSettings;
  resolveGrant(accessToken: string): Promise<ResolvedGrant | null>;
};

export function createConsentAdminRouter(deps: ConsentAdminDeps): Router {
  const router = new Router({ prefix: '/sandbox/admin' });

  router.get('/consents', (ctx) => {
    const customerId = typeof ctx.query.customerId === 'string' ? ctx.query.customerId : undefined;
    const clientId = typeof ctx.query.clientId === 'string' ? ctx.query.clientId : undefined;
    ctx.body = { consents: listActiveConsents(deps.db, { customerId, clientId }) };
  });

  const endMatching = (reason: ConsentEndReason) => async (ctx: Context) => {
    const filter = consentFilterSchema.safeParse(await readJson(ctx));
    if (!filter.success) return badRequest(ctx, z.prettifyError(filter.error));
    const { grantId, customerId, clientId } = filter.data;
    const matching = listActiveConsents(deps.db, { customerId, clientId }).filter(
      (consent) => !grantId || consent.grantId === grantId,
    );
    for (const consent of matching) endConsent(deps.db, consent.grantId, reason);
    ctx.body = { ended: matching.map((consent) => consent.grantId), reason };
  };
  // "Expired" is the bank forcing a re-link; "revoked" is the customer withdrawing it.
  router.post('/consents/expire', endMatching('expired'));
  router.post('/consents/revoke', endMatching('revoked'));

  router.get('/refresh-token-rotation', (ctx) => {
    ctx.body = { enabled: deps.settings.rotateRefreshTokens };
  });
  router.put('/refresh-token-rotation', async (ctx) => {
    const input = rotationSchema.safeParse(await readJson(ctx));
    if (!input.success) return badRequest(ctx, z.prettifyError(input.error));
    deps.settings.rotateRefreshTokens = input.data.enabled;
    ctx.body = { enabled: deps.settings.rotateRefreshTokens };
  });

  router.post('/tokens/inspect', async (ctx) => {
    const input = tokenSchema.safeParse(await readJson(ctx));
    if (!input.success) return badRequest(ctx, z.prettifyError(input.error));
    ctx.body = await inspectToken(deps, input.data.token);
  });

  return router;
}

async function inspectToken(deps: ConsentAdminDeps, token: string) {
  const grant = await deps.resolveGrant(token);
  if (grant) return { active: true, kind: 'access_token', ...grant };
  const refreshToken = await deps.provider.RefreshToken.find(token);
  if (refreshToken && !refreshToken.isExpired && !refreshToken.consumed && refreshToken.grantId) {
    const stillGranted = listActiveConsents(deps.db, {}).some((consent) => consent.grantId === refreshToken.grantId);
    if (stillGranted) return { active: true, kind: 'refresh_token', clientId: refreshToken.clientId, customerId: refreshToken.accountId };
  }
  return { active: false };
}

async function readJson(ctx: Context): Promise<unknown> {
  if (!ctx.is('application/json')) return {};
  const chunks: Buffer[] = [];
  for await (const chunk of ctx.req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function badRequest(ctx: Context, message: string): void {
  ctx.status = 400;
  ctx.body = { error: 'invalid_request', message };
}

/** Guards every /sandbox/admin route, this router's and the data admin router's alike. */
export function requireAdminToken(adminToken: string) {
  const expected = Buffer.from(adminToken);
  return async (ctx: Context, next: () => Promise<unknown>) => {
    if (!ctx.path.startsWith('/sandbox/admin')) return next();
    const given = Buffer.from(ctx.get('x-sandbox-admin'));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      ctx.status = 401;
      ctx.body = { error: 'unauthorized', message: 'x-sandbox-admin header missing or wrong' };
      return;
    }
    await next();
  };
}
