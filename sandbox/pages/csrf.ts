import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'koa';

// Two independent checks on every form post: the browser says the post came
// from our own origin, and the form carries a token an attacker's page cannot read.

const csrfCookie = 'sandbox_csrf';

/** Double-submit token for pages without their own session (login, consent). */
export function issueCsrfToken(ctx: Context): string {
  const existing = ctx.cookies.get(csrfCookie, { signed: true });
  if (existing) return existing;
  const token = randomBytes(24).toString('base64url');
  ctx.cookies.set(csrfCookie, token, { signed: true, httpOnly: true, sameSite: 'lax', path: '/' });
  return token;
}

export function readCsrfCookie(ctx: Context): string | undefined {
  return ctx.cookies.get(csrfCookie, { signed: true });
}

export function isSameOriginPost(ctx: Context, issuer: string): boolean {
  const site = ctx.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return false;
  const origin = ctx.get('origin');
  // Browsers send Origin on cross-site posts; "null" comes from sandboxed or privacy-redirected contexts.
  if (origin && origin !== new URL(issuer).origin) return false;
  return true;
}

export function tokensMatch(expected: string | undefined, given: string | null): boolean {
  if (!expected || !given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
