import type { Db } from '@/lib/db';
import { resealTotpSecrets } from '@/lib/auth/totp';
import { currentTokenKeyId, openToken, sealToken } from '@/lib/crypto/token-cipher';

export type ReencryptResult = { connections: number; pendingAuthorizations: number; totpSecrets: number };

/**
 * Re-encrypts every stored bank token, PKCE verifier and authenticator secret under the current key, so older keys
 * can be retired. Each row is rewritten only if it still holds what was read (a token refresh
 * in between wins and is already under the current key).
 */
export async function reencryptAllTokens(db: Db): Promise<ReencryptResult> {
  const keyId = currentTokenKeyId();
  let connections = 0;
  const stale = await db.bankConnection.findMany({
    where: { tokenKeyId: { not: keyId } },
    select: { id: true, tokenKeyId: true, accessTokenCipher: true, refreshTokenCipher: true },
  });
  for (const row of stale) {
    if (!row.tokenKeyId) continue;
    const reseal = (cipher: string | null, role: string) => {
      if (!cipher) return null;
      const context = `bank-connection:${row.id}:${role}`;
      return sealToken(openToken({ keyId: row.tokenKeyId!, cipher }, context), context).cipher;
    };
    const { count } = await db.bankConnection.updateMany({
      where: { id: row.id, tokenKeyId: row.tokenKeyId, accessTokenCipher: row.accessTokenCipher },
      data: { tokenKeyId: keyId, accessTokenCipher: reseal(row.accessTokenCipher, 'access'), refreshTokenCipher: reseal(row.refreshTokenCipher, 'refresh') },
    });
    connections += count;
  }

  let pendingAuthorizations = 0;
  const states = await db.oAuthState.findMany({ where: { tokenKeyId: { not: keyId } } });
  for (const row of states) {
    const context = `oauth-state:${row.stateHash}:verifier`;
    const cipher = sealToken(openToken({ keyId: row.tokenKeyId, cipher: row.codeVerifierCipher }, context), context).cipher;
    const { count } = await db.oAuthState.updateMany({ where: { id: row.id, tokenKeyId: row.tokenKeyId }, data: { tokenKeyId: keyId, codeVerifierCipher: cipher } });
    pendingAuthorizations += count;
  }
  // Authenticator secrets share the key ring (lib/auth/totp.ts), so they rotate with it.
  const totpSecrets = await resealTotpSecrets(db, keyId);
  return { connections, pendingAuthorizations, totpSecrets };
}

/** Rows still sealed with a key other than the current one. */
export async function countStaleTokenRows(db: Db): Promise<number> {
  const keyId = currentTokenKeyId();
  const [connections, states, totp] = await Promise.all([
    db.bankConnection.count({ where: { tokenKeyId: { not: keyId } } }),
    db.oAuthState.count({ where: { tokenKeyId: { not: keyId } } }),
    db.totpFactor.count({ where: { secretKeyId: { not: keyId } } }),
  ]);
  return connections + states + totp;
}
