import { NextResponse, type NextRequest } from 'next/server';
import { requiresSignIn } from '@/lib/nav-items';

// A fast, optimistic check: no session cookie at all means "sign in first".
// The real check (is the session still active?) happens on the server in every page.
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

export function proxy(request: NextRequest) {
  // Which pages need a session comes from the navigation list (lib/nav-items.ts), not from a second list here.
  if (!requiresSignIn(request.nextUrl.pathname)) return NextResponse.next();
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const signIn = new URL('/sign-in', request.url);
  signIn.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Next reads the matcher at build time, so it must be a literal: every page request except the
  // API, Next's own assets and files with an extension; proxy() then decides from the nav list.
  matcher: ['/((?!api/|_next/|.*\\.[^/]*$).*)'],
};
