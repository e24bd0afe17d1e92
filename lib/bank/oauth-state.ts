import { createHash } from 'node:crypto';
import type { Db } from '@/lib/db';
import { openToken, sealToken } from '@/lib/crypto/token-cipher';

// A `state` lives ten minutes: long enough to sign in at the bank, short enough to be useless later.
export const STATE_LIFETIME_MS = 10 * 60 * 1000;

export type DisplayMode = 'popup' | 'page';
// `institution` is which bank the attempt is for: the one redirect URI serves every bank, so the
// callback learns the bank (its token endpoint, client, FDX base) from the state, never the query.
export type PendingAuthorization = { userId: string; workspaceId: string; sessionId: string; codeVerifier: string; reconnectConnectionId: string | null; institution: string; displayMode: DisplayMode };

const hashState = (state: string) => createHash('sha256').update(state).digest('base64url');
const verifierContext = (stateHash: string) => `oauth-state:${stateHash}:verifier`;

export async function savePendingAuthorization(db: Db, state: string, pending: PendingAuthorization, now = new Date()): Promise<void> {
  const stateHash = hashState(state);
  const sealed = sealToken(pending.codeVerifier, verifierContext(stateHash));
  await db.$transaction([
    // Old, abandoned attempts are cleared as new ones start; no job needed.
    db.oAuthState.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.oAuthState.create({
      data: {
        stateHash,
        userId: pending.userId,
        workspaceId: pending.workspaceId,
        sessionId: pending.sessionId,
        codeVerifierCipher: sealed.cipher,
        tokenKeyId: sealed.keyId,
        reconnectConnectionId: pending.reconnectConnectionId,
        institution: pending.institution,
        displayMode: pending.displayMode,
        expiresAt: new Date(now.getTime() + STATE_LIFETIME_MS),
      },
    }),
  ]);
}

/**
 * Takes the pending authorization for `state` exactly once, for the user and session that
 * started it. Null when the state is unknown, expired, already used or someone else's; a
 * foreign state is left in place (its owner may still be finishing), and a concurrent second
 * use loses the delete and gets null too.
 */
export async function consumePendingAuthorization(
  db: Db,
  state: string,
  owner: { userId: string; sessionId: string },
  now = new Date(),
): Promise<PendingAuthorization | null> {
  if (!state || state.length > 200) return null;
  const stateHash = hashState(state);
  const row = await db.oAuthState.findUnique({ where: { stateHash } });
  if (!row || row.userId !== owner.userId || row.sessionId !== owner.sessionId) return null;
  const { count } = await db.oAuthState.deleteMany({ where: { stateHash, userId: owner.userId, sessionId: owner.sessionId } });
  if (count !== 1 || row.expiresAt.getTime() <= now.getTime()) return null;
  return {
    userId: row.userId,
    workspaceId: row.workspaceId,
    sessionId: row.sessionId,
    codeVerifier: openToken({ keyId: row.tokenKeyId, cipher: row.codeVerifierCipher }, verifierContext(stateHash)),
    reconnectConnectionId: row.reconnectConnectionId,
    institution: row.institution,
    displayMode: row.displayMode === 'page' ? 'page' : 'popup',
  };
}
