import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from '@/auth.config';
import { getDb } from '@/lib/db';
import { signInSchema } from '@/lib/auth/form-schemas';
import { getDummyPasswordHash, verifyPassword } from '@/lib/auth/password';
import { clearAccountFailures, getSignInThrottle, readClientAddress, recordSignInFailure } from '@/lib/auth/rate-limit';
import { PASSKEY_PROVIDER_ID, passkeyProvider } from '@/lib/auth/passkey-provider';
import { hasSecondFactor } from '@/lib/auth/second-factor';
import { createSessionRecord, endSession, findActiveSession, type SessionFactorState } from '@/lib/auth/sessions';
import { getAuthSecret } from '@/lib/auth/secret';
import { createSessionTokenCodec } from '@/lib/auth/session-token-codec';
import { readCurrentRequestClient, recordSecurityEventSafely } from '@/lib/security/activity';

// One error for every failure, so a response never tells which part was wrong
// or that the account is being rate-limited.
class InvalidCredentialsError extends CredentialsSignin {
  code = 'invalid_credentials';
}

// A passkey proves possession and the person (user verification) at once: it needs no second step.
// A password does, when the account has a factor; otherwise the password itself is the fresh factor.
async function decideFactorState(userId: string, provider: string | undefined): Promise<SessionFactorState> {
  const now = new Date();
  if (provider === PASSKEY_PROVIDER_ID) return { secondFactorPending: false, factorVerifiedAt: now };
  const pending = await hasSecondFactor(getDb(), userId);
  return { secondFactorPending: pending, factorVerifiedAt: pending ? null : now };
}

// One per process: it remembers decoded session cookies across requests (see the file for why it is safe).
const sessionTokenCodec = createSessionTokenCodec();

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: getAuthSecret(),
  jwt: sessionTokenCodec,
  providers: [
    Credentials({
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentialsError();
        const { email, password } = parsed.data;
        const db = getDb();
        const address = readClientAddress(request.headers);
        const throttle = await getSignInThrottle(db, email, address);
        if (throttle.blocked) throw new InvalidCredentialsError();
        if (throttle.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, throttle.delayMs));

        const user = await db.user.findUnique({ where: { email } });
        // An unknown email still costs one hash verification, so timing does not reveal it.
        const matches = await verifyPassword(user?.passwordHash ?? (await getDummyPasswordHash()), password);
        if (!user || !matches) {
          await recordSignInFailure(db, email, address);
          if (user) await recordSecurityEventSafely(db, { userId: user.id, kind: 'sign_in_failed', request: request.headers });
          throw new InvalidCredentialsError();
        }
        await clearAccountFailures(db, email);
        await recordSecurityEventSafely(db, { userId: user.id, kind: 'sign_in', request: request.headers });
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
    passkeyProvider,
  ],
  callbacks: {
    async jwt({ token, user, account }) {
      if (user?.id) {
        const session = await createSessionRecord(user.id, await readCurrentRequestClient(), getDb(), await decideFactorState(user.id, account?.provider));
        return { ...token, sub: user.id, sid: session.sessionToken, sessionId: session.id, pending: session.secondFactorPending };
      }
      // Returning null clears the cookie: the session was ended on the server.
      if (typeof token.sid !== 'string' || typeof token.sub !== 'string') return null;
      const active = await findActiveSession(token.sid);
      // `pending` is read from the row on every request, so giving the factor takes effect at once.
      // So is the chosen workspace: a switch, or a removal from the workspace, counts on the very next request.
      return active && active.userId === token.sub ? { ...token, pending: active.secondFactorPending, workspace: active.activeWorkspaceId } : null;
    },
    session({ session, token }) {
      session.user.id = token.sub as string;
      session.sessionId = token.sessionId as string;
      session.secondFactorPending = token.pending === true;
      session.activeWorkspaceId = typeof token.workspace === 'string' ? token.workspace : null;
      return session;
    },
  },
  events: {
    async signOut(message) {
      const sid = 'token' in message ? message.token?.sid : undefined;
      // Only a live session's sign-out is logged: a deleted account's last one must leave no row.
      const ended = typeof sid === 'string' && (await endSession(sid));
      if (ended && 'token' in message && typeof message.token?.sub === 'string') await recordSecurityEventSafely(getDb(), { userId: message.token.sub, kind: 'sign_out' });
    },
  },
}));
