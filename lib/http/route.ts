import { getCurrentUser } from '@/lib/auth/current-user';
import { log } from '@/lib/log';
import { getCurrentActor, type WorkspaceActor } from '@/lib/workspaces/current-workspace';
import { roleAllows, type WorkspaceNeed } from '@/lib/workspaces/roles';
import { createRouteWrappers } from './wrap-route';

export type { RouteHandler } from './wrap-route';

// The wrappers every app/api route uses, bound to the real session.
// Unexpected route failures reach the server log here and only here, redacted by lib/log.ts.
export const { withPublic, withUser, withWorkspace } = createRouteWrappers({
  getUser: getCurrentUser,
  getActor: getCurrentActor,
  allows: (actor: WorkspaceActor, need: WorkspaceNeed) => roleAllows(actor.role, need),
  logError: (message, error) => log.error(message, { error }),
});
