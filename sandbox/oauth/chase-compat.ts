import type { Middleware } from 'koa';
import type Provider from 'oidc-provider';
import type { SandboxDatabase } from '../store/database';
import { findConsentByGrantId } from '../store/consents';
import { oauthRouteAliases, oauthRoutes } from './routes';

// Where Chase's aggregator OAuth differs from stock oidc-provider, the
// difference lives here, as middleware wrapped around the provider.

const clientAuthenticatedRoutes = new Set<string>([oauthRoutes.token, oauthRoutes.revoke, oauthRoutes.introspect]);

/** Chase also answers on unversioned paths. */
export const rewriteRouteAliases: Middleware = async (ctx, next) => {
  const target = oauthRouteAliases[ctx.path];
  if (target) ctx.path = target;
  await next();
};

/** Chase treats a request without scope as asking for "aggregator". */
export const defaultAggregatorScope: Middleware = async (ctx, next) => {
  if (ctx.method === 'GET' && ctx.path === oauthRoutes.authorize && !ctx.query.scope) {
    ctx.query = { ...ctx.query, scope: 'aggregator' };
  }
  await next();
};

/**
 * oidc-provider binds each client to one auth method; Chase's clients may use
 * either secret method, so credentials posted in the body become a Basic header.
 */
export const acceptClientSecretPost: Middleware = async (ctx, next) => {
  if (
    ctx.method === 'POST' &&
    clientAuthenticatedRoutes.has(ctx.path) &&
    !ctx.get('authorization') &&
    ctx.is('application/x-www-form-urlencoded')
  ) {
    const chunks: Buffer[] = [];
    for await (const chunk of ctx.req) chunks.push(chunk as Buffer);
    const params = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const clientId = params.get('client_id');
    const clientSecret = params.get('client_secret');
    if (clientId !== null && clientSecret !== null) {
      params.delete('client_id');
      params.delete('client_secret');
      const credentials = `${formEncode(clientId)}:${formEncode(clientSecret)}`;
      ctx.request.headers.authorization = `Basic ${Buffer.from(credentials).toString('base64')}`;
    }
    // oidc-provider reads an already-consumed body from req.body.
    (ctx.req as typeof ctx.req & { body?: string }).body = params.toString();
  }
  await next();
};

function formEncode(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+');
}

/** Adds Chase's token response fields: consented_on, refresh_token_expires_in, lowercase token_type. */
export function createChaseTokenResponse(provider: Provider, db: SandboxDatabase): Middleware {
  return async (ctx, next) => {
    await next();
    if (ctx.path !== oauthRoutes.token || ctx.status !== 200 || !isTokenBody(ctx.body)) return;
    const body = ctx.body;
    const accessToken = await provider.AccessToken.find(body.access_token);
    const consent = accessToken?.grantId ? findConsentByGrantId(db, accessToken.grantId) : undefined;
    const refreshToken = body.refresh_token ? await provider.RefreshToken.find(body.refresh_token) : undefined;
    ctx.body = {
      token_type: 'bearer',
      access_token: body.access_token,
      expires_in: body.expires_in,
      ...(consent ? { consented_on: Math.floor(consent.consentedAt.getTime() / 1000) } : {}),
      scope: body.scope ?? 'aggregator',
      ...(body.refresh_token
        ? { refresh_token: body.refresh_token, refresh_token_expires_in: refreshToken?.remainingTTL ?? 0 }
        : {}),
    };
  };
}

type TokenBody = { access_token: string; expires_in: number; scope?: string; refresh_token?: string };

function isTokenBody(body: unknown): body is TokenBody {
  return typeof body === 'object' && body !== null && typeof (body as TokenBody).access_token === 'string';
}
