import { getDb } from '@/lib/db';
import { withWorkspace } from '@/lib/http/route';
import { beginConnect } from '@/lib/bank/connect-flow';
import { ConnectError } from '@/lib/bank/connect-errors';
import { resultLocation } from '@/lib/bank/connect-redirects';

export const dynamic = 'force-dynamic';

/** Starts linking: records a one-time state for this session and sends the browser to the bank. */
export const GET = withWorkspace(
  async ({ request, actor }) => {
    const query = new URL(request.url).searchParams;
    const displayMode = query.get('mode') === 'page' ? 'page' : 'popup';
    const reconnect = query.get('reconnect');
    // Which configured bank to link (lib/bank/institutions.ts); a reconnect uses its connection's own.
    const institution = query.get('institution');
    try {
      const authorizeUrl = await beginConnect(getDb(), actor, { displayMode, institution, reconnectConnectionId: reconnect });
      return new Response(null, { status: 302, headers: { Location: authorizeUrl.toString(), 'Cache-Control': 'no-store' } });
    } catch (error) {
      // A browser navigation: a refused attempt goes back to the page with its reason.
      if (error instanceof ConnectError) return Response.redirect(new URL(resultLocation(displayMode, { error: error.code }), request.url), 303);
      throw error;
    }
  },
  { need: 'write', whenSignedOut: (request) => Response.redirect(new URL('/sign-in?callbackUrl=%2Faccounts', request.url), 303) },
);
