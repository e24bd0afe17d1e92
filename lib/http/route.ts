import { getCurrentUser } from '@/lib/auth/current-user';
import { createRouteWrappers } from './wrap-route';

export type { RouteHandler } from './wrap-route';

// The wrappers every app/api route uses, bound to the real session.
// Until lib/log.ts exists, unexpected route failures reach the server log here and only here.
export const { withPublic, withUser } = createRouteWrappers({
  getUser: getCurrentUser,
  logError: (message, error) => console.error(message, error),
});
