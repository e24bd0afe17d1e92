import type { Middleware } from 'koa';
import { contentSecurityPolicy } from './layout';

// Every response, including oidc-provider's own error pages, refuses framing
// (clickjacking on a bank consent screen is the classic attack) and sniffing.
export function createSecurityHeaders(redirectUris: string[]): Middleware {
  const formTargets = [...new Set(redirectUris.map((uri) => new URL(uri).origin))];
  const policy = contentSecurityPolicy(formTargets);
  return async (ctx, next) => {
    await next();
    ctx.set('Content-Security-Policy', policy);
    ctx.set('X-Frame-Options', 'DENY');
    ctx.set('X-Content-Type-Options', 'nosniff');
    // same-origin, not no-referrer: with no-referrer Chromium sends `Origin: null` on our own form
    // posts, which the same-origin check must then refuse. Other sites still get no referrer.
    ctx.set('Referrer-Policy', 'same-origin');
  };
}
