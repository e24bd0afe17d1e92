import { cache } from 'react';
import { redirect } from 'next/navigation';
import { getCurrentUser, requireUser, type CurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { listMemberships, pickActiveMembership, type MembershipView } from './memberships';
import { roleAllows, type WorkspaceNeed, type WorkspaceRole } from './roles';

/**
 * Who is asking, and in which workspace with which role. Every data function takes
 * `actor.workspaceId`; what a person did is recorded with `actor.id`.
 */
// `activeWorkspaceId` (from CurrentUser) is only the browser's last choice, an input: `workspaceId` is the one
// the request works in, and the only one data functions take.
export type WorkspaceActor = CurrentUser & { workspaceId: string; workspaceName: string; role: WorkspaceRole; memberships: MembershipView[] };

// Membership is read from the database on every request (cached per request only), so a member
// removed a moment ago is refused on their very next click. The chosen workspace comes with the
// session, read from its row on this same request (lib/auth/sessions.ts findActiveSession).
const resolveActor = cache(async (user: CurrentUser): Promise<WorkspaceActor | null> => {
  const memberships = await listMemberships(getDb(), user.id);
  const active = pickActiveMembership(memberships, user.activeWorkspaceId);
  if (!active) return null;
  return { ...user, workspaceId: active.workspaceId, workspaceName: active.name, role: active.role, memberships };
});

/** The signed-in person in their active workspace, or null (signed out, or in no workspace). */
export async function getCurrentActor(): Promise<WorkspaceActor | null> {
  const user = await getCurrentUser();
  return user ? resolveActor(user) : null;
}

/**
 * For every signed-in page and server action: the actor, when their role allows `need`. Signed
 * out goes to sign-in; a role that does not allow it goes to /forbidden — a redirect, so a forced
 * call is refused before it reads or writes anything and never surfaces as a server error.
 */
export async function requireWorkspace(need: WorkspaceNeed): Promise<WorkspaceActor> {
  const user = await requireUser();
  const actor = await resolveActor(user);
  if (!actor) redirect('/forbidden?reason=no-workspace');
  if (!roleAllows(actor.role, need)) redirect(`/forbidden?reason=${need}`);
  return actor;
}
