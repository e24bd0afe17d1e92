import { NextResponse, type NextRequest } from 'next/server';

// A fast, optimistic check: no session cookie at all means "sign in first".
// The real check (is the session still active?) happens on the server in every page.
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const signIn = new URL('/sign-in', request.url);
  signIn.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ['/dashboard/:path*', '/accounts/:path*', '/transactions/:path*', '/budgets/:path*', '/cash-flow/:path*', '/alerts/:path*', '/settings/:path*'],
};
