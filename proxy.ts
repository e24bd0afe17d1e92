import { NextResponse, type NextRequest } from 'next/server';
import { requiresSignIn } from '@/lib/nav-items';
import { buildContentSecurityPolicy, createNonce } from '@/lib/security/csp';

// Every page gets a fresh nonce and the Content-Security-Policy that names it. The policy also
// goes on the request, which is how Next finds the nonce for its own scripts (all pages render
// per request: the root layout reads the theme cookie).
//
// App pages also get a fast, optimistic check: no session cookie at all means "sign in first".
// The real check (is the session still active?) happens on the server in every page.
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  // Which pages need a session comes from the navigation list (lib/nav-items.ts), not from a second list here.
  if (!hasSession && requiresSignIn(pathname)) {
    const signIn = new URL('/sign-in', request.url);
    signIn.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  const nonce = createNonce();
  const policy = buildContentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  // Only over https: a browser that saw it on plain http would refuse the plain-http app afterwards.
  if (request.nextUrl.protocol === 'https:') response.headers.set('strict-transport-security', 'max-age=63072000; includeSubDomains');
  return response;
}

export const config = {
  // Next reads the matcher at build time, so it must be a literal: every page request except the
  // API, Next's own assets and files with an extension. Prefetches skip the proxy, as Next's CSP
  // guide advises (their payload carries no new nonce).
  matcher: [
    {
      source: '/((?!api/|_next/|.*\\.[^/]*$).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
