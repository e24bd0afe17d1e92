import type { Db } from '@/lib/db';
import { bumpDataVersion } from '@/lib/page-cache/data-version';
import { openAccessToken, openRefreshToken } from '@/lib/bank/connection-tokens';
import { findInstitution } from '@/lib/bank/institutions';
import { revokeToken } from '@/lib/bank/oauth-client';
import { recordSecurityEvent } from '@/lib/security/activity';
import type { ActorRef } from '@/lib/workspaces/actor';

export type DisconnectResult = { revokedAtBank: boolean };

/**
 * Revokes the authorization at the bank, then forgets the tokens. With `deleteData` the
 * connection, its accounts and their transactions go too; otherwise they stay, read-only.
 * A bank that cannot be reached does not keep the person linked: tokens are dropped either way,
 * and the caller tells them to check the bank's Security Center.
 */
export async function disconnectConnection(db: Db, actor: ActorRef, connectionId: string, deleteData: boolean): Promise<DisconnectResult | null> {
  const { workspaceId } = actor;
  const connection = await db.bankConnection.findFirst({ where: { id: connectionId, workspaceId } });
  if (!connection) return null;

  let revokedAtBank = connection.status === 'disconnected';
  // Revoking the refresh token ends the grant; the access token is revoked too for banks that do not cascade.
  const tokens = [safely(() => openRefreshToken(connection)), safely(() => openAccessToken(connection))].filter((t): t is string => Boolean(t));
  // A bank no longer in the configuration cannot be called: the tokens are still forgotten.
  const institution = findInstitution(connection.institution);
  for (const token of tokens) {
    if (!institution) break;
    try {
      await revokeToken(token, institution);
      revokedAtBank = true;
    } catch {
      // Recorded as not revoked; the remaining token is still tried.
    }
  }

  if (deleteData) {
    await db.bankConnection.delete({ where: { id: connectionId } });
  } else {
    await db.bankConnection.update({
      where: { id: connectionId },
      data: { status: 'disconnected', statusReason: null, accessTokenCipher: null, refreshTokenCipher: null, tokenKeyId: null, accessTokenExpiresAt: null, refreshTokenExpiresAt: null },
    });
  }
  await bumpDataVersion(db, workspaceId);
  await recordSecurityEvent(db, { userId: actor.id, kind: 'bank_unlinked', detail: { connectionId, institution: connection.institution, revokedAtBank, dataDeleted: deleteData } });
  return { revokedAtBank };
}

function safely(read: () => string | null): string | null {
  try {
    return read();
  } catch {
    return null;
  }
}
