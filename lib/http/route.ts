import { getCurrentUser } from '@/lib/auth/current-user';
import { log } from '@/lib/log';
import { createRouteWrappers } from './wrap-route';

export type { RouteHandler } from './wrap-route';

// The wrappers every app/api route uses, bound to the real session.
// Unexpected route failures reach the server log here and only here, redacted by lib/log.ts.
export const { withPublic, withUser } = createRouteWrappers({
  getUser: getCurrentUser,
  logError: (message, error) => log.error(message, { error }),
});
