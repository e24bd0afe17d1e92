import { getDb } from '@/lib/db';
import type { CurrentUser } from '@/lib/auth/current-user';
import { withUser } from '@/lib/http/route';
import { completeConnect } from '@/lib/bank/connect-flow';
import { ConnectError } from '@/lib/bank/connect-errors';
import { resultLocation } from '@/lib/bank/connect-redirects';
import { startInitialSyncSafely } from '@/lib/bank/after-connect';

export const dynamic = 'force-dynamic';

// The URL holds a one-time code: it must not leak through Referer, caches or history.
const CALLBACK_HEADERS = { 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store' };

function redirectTo(request: Request, location: string): Response {
  // Always a fixed path on our own origin: nothing from the query decides where we go.
  return new Response(null, { status: 303, headers: { ...CALLBACK_HEADERS, Location: new URL(location, request.url).toString() } });
}

/** The bank's redirect back: checks state, exchanges the code, stores the link, closes the popup. */
async function finishConnect({ request, user }: { request: Request; user: CurrentUser }): Promise<Response> {
  try {
    const result = await completeConnect(getDb(), user, new URL(request.url));
    startInitialSyncSafely(result.connectionId);
    return redirectTo(request, resultLocation(result.displayMode, { notice: 'connected' }));
  } catch (error) {
    if (error instanceof ConnectError) return redirectTo(request, resultLocation('unknown', { error: error.code }));
    console.error('Bank callback failed:', error instanceof Error ? error.name : 'unknown error');
    return redirectTo(request, resultLocation('unknown', { error: 'exchange_failed' }));
  }
}

// A browser navigation from the bank: every outcome, signed out included, is a redirect.
export const GET = withUser(finishConnect, { whenSignedOut: (request) => redirectTo(request, resultLocation('unknown', { error: 'state_invalid' })) });
