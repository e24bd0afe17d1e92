import type { WorkspaceRole } from './roles';

/**
 * A person acting in a workspace: what lib/ functions take when they need to know both where
 * (workspaceId scopes every query) and who (id, for the activity log and security events).
 */
export type Actor = { id: string; email: string; name: string | null; sessionId: string; workspaceId: string; role: WorkspaceRole };

/** How a person is named in the activity log. */
export function actorLabel(actor: { name: string | null; email: string }): string {
  return actor.name?.trim() || actor.email;
}

/** The two things a write needs to know about who is making it. */
export type ActorRef = Pick<Actor, 'id' | 'workspaceId'>;
