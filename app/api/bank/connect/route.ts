import type { NextRequest } from 'next/server';
import { getDb } from '@/lib/db';
import { getCurrentUser } from '@/lib/auth/current-user';
import { beginConnect } from '@/lib/bank/connect-flow';
import { ConnectError } from '@/lib/bank/connect-errors';
import { resultLocation } from '@/lib/bank/connect-redirects';

export const dynamic = 'force-dynamic';

/** Starts linking: records a one-time state for this session and sends the browser to the bank. */
export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return Response.redirect(new URL('/sign-in?callbackUrl=%2Faccounts', request.url), 303);
  const displayMode = request.nextUrl.searchParams.get('mode') === 'page' ? 'page' : 'popup';
  const reconnect = request.nextUrl.searchParams.get('reconnect');
  try {
    const authorizeUrl = await beginConnect(getDb(), user, { displayMode, reconnectConnectionId: reconnect });
    return new Response(null, { status: 302, headers: { Location: authorizeUrl.toString(), 'Cache-Control': 'no-store' } });
  } catch (error) {
    if (error instanceof ConnectError) return Response.redirect(new URL(resultLocation(displayMode, { error: error.code }), request.url), 303);
    throw error;
  }
}
