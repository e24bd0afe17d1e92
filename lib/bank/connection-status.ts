import type { Db } from '@/lib/db';
import { openAccessToken } from '@/lib/bank/connection-tokens';

export const CONNECTION_STATUSES = ['active', 'reconnect_needed', 'disconnected'] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

type HeldTokens = { accessTokenCipher?: string | null; refreshTokenCipher?: string | null };

/**
 * The bank refused our tokens: stop calling it until the user reconnects. `refused` names the
 * stored ciphertexts that failed; when the row holds different ones (a reconnect landed while an
 * old call was failing), the connection is left alone.
 */
export async function markReconnectNeeded(db: Db, connectionId: string, reason: string, refused: HeldTokens = {}): Promise<void> {
  await db.bankConnection.updateMany({
    where: {
      id: connectionId,
      status: 'active',
      ...(refused.accessTokenCipher !== undefined ? { accessTokenCipher: refused.accessTokenCipher } : {}),
      ...(refused.refreshTokenCipher !== undefined ? { refreshTokenCipher: refused.refreshTokenCipher } : {}),
    },
    data: { status: 'reconnect_needed', statusReason: reason },
  });
}

/** A 401 from the FDX API for `refusedAccessToken`: marks the connection only if that is still its token. */
export async function markAccessTokenRefused(db: Db, connectionId: string, refusedAccessToken: string): Promise<void> {
  const row = await db.bankConnection.findUnique({
    where: { id: connectionId },
    select: { id: true, tokenKeyId: true, accessTokenCipher: true, refreshTokenCipher: true },
  });
  if (!row?.accessTokenCipher || openAccessToken(row) !== refusedAccessToken) return;
  await markReconnectNeeded(db, connectionId, 'The bank stopped accepting this connection.', { accessTokenCipher: row.accessTokenCipher });
}
