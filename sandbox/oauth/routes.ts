// Chase's aggregator OAuth paths. The unversioned aliases are rewritten to these in chase-compat.
export const oauthRoutes = {
  authorize: '/aggregator-oauth/v1/mobile/authorize',
  token: '/aggregator-oauth/v1/token',
  revoke: '/aggregator-oauth/v1/revoke',
  introspect: '/aggregator-oauth/v1/introspect',
  jwks: '/aggregator-oauth/v1/jwks',
  ping: '/aggregator-oauth/v1/ping',
} as const;

export const oauthRouteAliases: Record<string, string> = {
  '/aggregator-oauth/mobile/authorize': oauthRoutes.authorize,
  '/aggregator-oauth/token': oauthRoutes.token,
  '/aggregator-oauth/revoke': oauthRoutes.revoke,
  '/aggregator-oauth/introspect': oauthRoutes.introspect,
  '/aggregator-oauth/ping': oauthRoutes.ping,
};
