import { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/lib/db';
import { parseAuthenticationResponse } from './passkey-response';
import { verifyPasskeyAssertion } from './passkeys';
import { getRelyingParty } from './relying-party';
import { consumeChallenge } from './webauthn-challenges';

// Passwordless sign-in: the passkey names the account (a discoverable credential) and proves
// both factors, so auth.ts starts this session with no second step.
export const PASSKEY_PROVIDER_ID = 'passkey';

class PasskeySignInError extends CredentialsSignin {
  code = 'passkey_failed';
}

export const passkeyProvider = Credentials({
  id: PASSKEY_PROVIDER_ID,
  name: 'Passkey',
  credentials: { response: { type: 'text' } },
  async authorize(raw) {
    const response = parseAuthenticationResponse(raw?.response);
    const db = getDb();
    const stored = await consumeChallenge(db, 'sign-in');
    if (!response || !stored) throw new PasskeySignInError();
    const userId = await verifyPasskeyAssertion(db, response, stored.challenge, getRelyingParty(), null);
    if (!userId) throw new PasskeySignInError();
    const user = await db.user.findUnique({ where: { id: userId } });
    if (!user) throw new PasskeySignInError();
    return { id: user.id, email: user.email, name: user.name };
  },
});
