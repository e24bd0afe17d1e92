import { cache } from 'react';
import { redirect } from 'next/navigation';
import { auth } from '@/auth';

export type CurrentUser = { id: string; email: string; name: string | null; sessionId: string };

/**
 * The signed-in user for this request, checked against the Session table (a session ended
 * elsewhere reads as signed out). Cached per request: the layout and the page share one lookup.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  if (!session?.user?.id || !session.user.email) return null;
  return { id: session.user.id, email: session.user.email, name: session.user.name ?? null, sessionId: session.sessionId };
});

/** For every signed-in page and action: the user, or a redirect to sign-in. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  return user;
}
