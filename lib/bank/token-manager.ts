import { randomUUID } from 'node:crypto';
import { getDb, type Db } from '@/lib/db';
import { ReconnectNeededError } from '@/lib/bank/errors';
import { getInstitution } from '@/lib/bank/institutions';
import { OAuthResponseError, refreshAccessToken } from '@/lib/bank/oauth-client';
import { openAccessToken, openRefreshToken, sealConnectionTokens } from '@/lib/bank/connection-tokens';
import { markReconnectNeeded } from '@/lib/bank/connection-status';

// Refresh a minute early so a token never expires between our check and the bank's.
const REFRESH_MARGIN_MS = 60_000;
// A refresh that crashed releases its lease on its own after this long.
const REFRESH_LEASE_MS = 30_000;
const LEASE_POLL_MS = 200;

const inFlight = new Map<string, Promise<string>>();

/**
 * A valid access token for the connection, refreshing it first when it is about to expire.
 * One refresh at a time per connection: callers in this process share one promise, and
 * processes share a lease row, so a refresh token is never sent twice (refresh-token rotation).
 */
export function getAccessToken(connectionId: string, db: Db = getDb()): Promise<string> {
  const running = inFlight.get(connectionId);
  if (running) return running;
  const attempt = obtainAccessToken(connectionId, db).finally(() => inFlight.delete(connectionId));
  inFlight.set(connectionId, attempt);
  return attempt;
}

/**
 * After the FDX API refused `refusedAccessToken`: counts that token as expired (unless a refresh
 * already replaced it) and returns a fresh one through the usual single-flight refresh.
 */
export async function refreshAfterRefusal(connectionId: string, refusedAccessToken: string, db: Db = getDb()): Promise<string> {
  const row = await db.bankConnection.findUnique({ where: { id: connectionId }, select: { id: true, tokenKeyId: true, accessTokenCipher: true, refreshTokenCipher: true } });
  if (row?.accessTokenCipher && openAccessToken(row) === refusedAccessToken) {
    await db.bankConnection.updateMany({ where: { id: connectionId, accessTokenCipher: row.accessTokenCipher }, data: { accessTokenExpiresAt: new Date(0) } });
  }
  return getAccessToken(connectionId, db);
}

async function readUsableConnection(db: Db, connectionId: string) {
  const connection = await db.bankConnection.findUnique({ where: { id: connectionId } });
  if (!connection || connection.status !== 'active') throw new ReconnectNeededError('connection is not active');
  return connection;
}

function isFresh(expiresAt: Date | null, now = Date.now()): boolean {
  return Boolean(expiresAt && expiresAt.getTime() - REFRESH_MARGIN_MS > now);
}

async function obtainAccessToken(connectionId: string, db: Db): Promise<string> {
  const deadline = Date.now() + REFRESH_LEASE_MS + 5_000;
  for (;;) {
    const connection = await readUsableConnection(db, connectionId);
    if (isFresh(connection.accessTokenExpiresAt)) {
      const token = openAccessToken(connection);
      if (token) return token;
    }
    const owner = randomUUID();
    const now = new Date();
    const { count } = await db.bankConnection.updateMany({
      where: { id: connectionId, OR: [{ refreshLeaseUntil: null }, { refreshLeaseUntil: { lt: now } }] },
      data: { refreshLeaseUntil: new Date(now.getTime() + REFRESH_LEASE_MS), refreshLeaseOwner: owner },
    });
    if (count === 1) return refreshUnderLease(db, connectionId, owner);
    // Another process is refreshing; its result lands in the row.
    if (Date.now() > deadline) throw new Error('Timed out waiting for another token refresh to finish.');
    await new Promise((resolve) => setTimeout(resolve, LEASE_POLL_MS));
  }
}

async function refreshUnderLease(db: Db, connectionId: string, owner: string): Promise<string> {
  try {
    // Re-read under the lease: someone may have refreshed between our check and the lease.
    const connection = await readUsableConnection(db, connectionId);
    if (isFresh(connection.accessTokenExpiresAt)) {
      const token = openAccessToken(connection);
      if (token) return token;
    }
    const refreshToken = openRefreshToken(connection);
    if (!refreshToken || (connection.refreshTokenExpiresAt && connection.refreshTokenExpiresAt.getTime() <= Date.now())) {
      await markReconnectNeeded(db, connectionId, 'The bank authorization expired.', { refreshTokenCipher: connection.refreshTokenCipher });
      throw new ReconnectNeededError('refresh token missing or expired');
    }
    let tokens;
    try {
      // At the connection's own bank: each institution has its own token endpoint and client.
      tokens = await refreshAccessToken(refreshToken, getInstitution(connection.institution));
    } catch (error) {
      if (error instanceof OAuthResponseError && (error.oauthError === 'invalid_grant' || error.oauthError === 'invalid_client')) {
        await markReconnectNeeded(db, connectionId, 'The bank no longer accepts this connection.', { refreshTokenCipher: connection.refreshTokenCipher });
        throw new ReconnectNeededError(error.oauthError);
      }
      throw error;
    }
    // Stored before anything else uses it: with rotation the old refresh token is now spent.
    await db.bankConnection.updateMany({
      where: { id: connectionId, refreshLeaseOwner: owner },
      data: { ...sealConnectionTokens(connectionId, tokens, refreshToken), lastRefreshedAt: new Date() },
    });
    return tokens.accessToken;
  } finally {
    await db.bankConnection.updateMany({ where: { id: connectionId, refreshLeaseOwner: owner }, data: { refreshLeaseUntil: null, refreshLeaseOwner: null } });
  }
}
