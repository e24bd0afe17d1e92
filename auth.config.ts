import type { NextAuthConfig } from 'next-auth';

/**
 * The part of the Auth.js configuration that needs no database, shared by `auth.ts`
 * and `proxy.ts`. Sessions are JWT cookies that name a server-side Session row, so
 * they can be ended from the server (see lib/auth/sessions.ts).
 */
export const authConfig = {
  pages: { signIn: '/sign-in', error: '/sign-in' },
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  // Self-hosted: the host header comes from the operator's own proxy or from localhost.
  trustHost: true,
  providers: [],
} satisfies NextAuthConfig;
