import type { Middleware } from 'koa';
import { createAttemptThrottle, type AttemptThrottle } from './attempt-throttle';
import { oauthRoutes } from './routes';

// Client secrets cannot be guessed at the token, revocation and introspection endpoints: after
// ten failed client authentications from one address in 15 minutes, that client id answers 429
// from that address, right secret or not. Runs after acceptClientSecretPost, so the client id is
// always in the Basic header.

const clientAuthenticatedRoutes = new Set<string>([oauthRoutes.token, oauthRoutes.revoke, oauthRoutes.introspect]);
const WINDOW_MS = 15 * 60 * 1000;

function readBasicClientId(authorization: string): string {
  const match = /^Basic\s+(.+)$/i.exec(authorization);
  if (!match) return '';
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const id = decoded.slice(0, Math.max(0, decoded.indexOf(':')));
  try {
    return decodeURIComponent(id).slice(0, 200);
  } catch {
    return id.slice(0, 200);
  }
}

export function createClientAuthThrottle(throttle: AttemptThrottle = createAttemptThrottle({ maxFailures: 10, windowMs: WINDOW_MS })): Middleware {
  return async (ctx, next) => {
    if (ctx.method !== 'POST' || !clientAuthenticatedRoutes.has(ctx.path)) return next();
    const key = `${readBasicClientId(ctx.get('authorization'))}|${ctx.ip}`;
    if (throttle.isThrottled(key)) {
      ctx.status = 429;
      ctx.set('Retry-After', String(WINDOW_MS / 1000));
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { error: 'invalid_client', error_description: 'Too many failed client authentications; try again later.' };
      return;
    }
    await next();
    if (ctx.status === 401) throttle.recordFailure(key);
  };
}
