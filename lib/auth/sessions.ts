import { randomBytes } from 'node:crypto';
import { PrismaAdapter } from '@auth/prisma-adapter';
import type { Adapter } from 'next-auth/adapters';
import { getDb, type Db } from '@/lib/db';
import { touchSession } from '@/lib/security/session-activity';

// Every signed-in browser has a row in Session; the signed cookie only names the row.
// Deleting the row ends that browser's session at its next request.
export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

function getAdapter(db: Db): Adapter {
  // The adapter only calls model methods, which our generated client has.
  return PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]);
}

export type SessionRecord = { id: string; sessionToken: string; userId: string; secondFactorPending: boolean };

/** The browser a session belongs to; a bare string is its user agent. */
export type SessionClient = string | null | { userAgent: string | null; ipAddress: string | null };

/** How the session starts: waiting for a second factor, or with a factor just proved (lib/auth/second-factor.ts). */
export type SessionFactorState = { secondFactorPending: boolean; factorVerifiedAt: Date | null };

export async function createSessionRecord(
  userId: string,
  client: SessionClient,
  db: Db = getDb(),
  factors: SessionFactorState = { secondFactorPending: false, factorVerifiedAt: null },
): Promise<SessionRecord> {
  const { userAgent, ipAddress } = typeof client === 'object' && client !== null ? client : { userAgent: client, ipAddress: null };
  const sessionToken = randomBytes(32).toString('base64url');
  await getAdapter(db).createSession!({ sessionToken, userId, expires: new Date(Date.now() + SESSION_MAX_AGE_S * 1000) });
  const row = await db.session.update({
    where: { sessionToken },
    data: { userAgent: userAgent ? userAgent.slice(0, 200) : null, ipAddress: ipAddress ? ipAddress.slice(0, 64) : null, lastSeenAt: new Date(), ...factors },
    select: { id: true, sessionToken: true, userId: true, secondFactorPending: true },
  });
  return row;
}

/** A live session as every request reads it: with the workspace the browser last chose. */
export type ActiveSession = SessionRecord & { activeWorkspaceId: string | null };

/**
 * The session, or null when it was ended, has expired or never existed. One row read per request:
 * it carries the chosen workspace too (lib/workspaces/current-workspace.ts), so the request needs
 * no second look at the same row. The user is the row's userId (a deleted user's sessions go with it).
 */
export async function findActiveSession(sessionToken: string, db: Db = getDb()): Promise<ActiveSession | null> {
  const session = await db.session.findUnique({
    where: { sessionToken },
    select: { id: true, userId: true, expires: true, lastSeenAt: true, secondFactorPending: true, activeWorkspaceId: true },
  });
  if (!session || session.expires.getTime() <= Date.now()) return null;
  await touchSession(db, session.id, session.lastSeenAt);
  return { id: session.id, sessionToken, userId: session.userId, secondFactorPending: session.secondFactorPending, activeWorkspaceId: session.activeWorkspaceId };
}

/** Ends the session; false when it had already ended (revoked, or its account deleted). */
export async function endSession(sessionToken: string, db: Db = getDb()): Promise<boolean> {
  const { count } = await db.session.deleteMany({ where: { sessionToken } });
  return count > 0;
}

/** Ends every session of the user, except the one with id `keepSessionId` when given. */
export async function endAllSessions(userId: string, keepSessionId?: string, db: Db = getDb()): Promise<number> {
  const { count } = await db.session.deleteMany({
    where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
  });
  return count;
}

export async function countActiveSessions(userId: string, db: Db = getDb()): Promise<number> {
  return db.session.count({ where: { userId, expires: { gt: new Date() } } });
}
