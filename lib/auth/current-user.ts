import { cache } from 'react';
import { redirect } from 'next/navigation';
import { auth } from '@/auth';

export type CurrentUser = { id: string; email: string; name: string | null; sessionId: string; activeWorkspaceId: string | null };

type SignedInState = { user: CurrentUser; secondFactorPending: boolean };

// The session for this request, checked against the Session table (a session ended elsewhere
// reads as signed out). Cached per request: the layout and the page share one lookup.
const readSignedIn = cache(async (): Promise<SignedInState | null> => {
  const session = await auth();
  if (!session?.user?.id || !session.user.email) return null;
  const user = { id: session.user.id, email: session.user.email, name: session.user.name ?? null, sessionId: session.sessionId, activeWorkspaceId: session.activeWorkspaceId ?? null };
  return { user, secondFactorPending: session.secondFactorPending === true };
});

/**
 * The signed-in user, or null. A session still waiting for its second factor is not signed in:
 * every page, route (lib/http/route.ts) and action treats it as signed out.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const state = await readSignedIn();
  return state && !state.secondFactorPending ? state.user : null;
});

/** Only for /sign-in/verify: the user whose password was right and whose second factor is due. */
export async function getPendingSignIn(): Promise<CurrentUser | null> {
  const state = await readSignedIn();
  return state?.secondFactorPending ? state.user : null;
}

/** For every signed-in page and action: the user, or a redirect to sign-in (or to its second step). */
export async function requireUser(): Promise<CurrentUser> {
  const state = await readSignedIn();
  if (!state) redirect('/sign-in');
  if (state.secondFactorPending) redirect('/sign-in/verify');
  return state.user;
}
