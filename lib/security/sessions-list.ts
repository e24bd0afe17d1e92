import type { Db } from '@/lib/db';

export type ActiveSessionView = { id: string; device: string; ipAddress: string | null; lastSeenAt: Date; createdAt: Date; current: boolean };

/** The user's unexpired sessions, most recently seen first (a person has a handful, not thousands). */
export async function listActiveSessions(db: Db, userId: string, currentSessionId: string, now = new Date()): Promise<ActiveSessionView[]> {
  const rows = await db.session.findMany({
    where: { userId, expires: { gt: now } },
    select: { id: true, userAgent: true, ipAddress: true, lastSeenAt: true, createdAt: true },
    orderBy: [{ lastSeenAt: 'desc' }, { createdAt: 'desc' }],
    take: 200,
  });
  return rows.map((row) => ({
    id: row.id,
    device: describeUserAgent(row.userAgent),
    ipAddress: row.ipAddress,
    lastSeenAt: row.lastSeenAt ?? row.createdAt,
    createdAt: row.createdAt,
    current: row.id === currentSessionId,
  }));
}

/** Ends one of the user's sessions; false when it is not theirs or already ended. */
export async function revokeSession(db: Db, userId: string, sessionId: string): Promise<boolean> {
  const { count } = await db.session.deleteMany({ where: { id: sessionId, userId } });
  return count > 0;
}

const BROWSERS: [RegExp, string][] = [
  [/Edg\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/Firefox\//, 'Firefox'],
  [/Chrome\/|CriOS\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];
const SYSTEMS: [RegExp, string][] = [
  [/Android/, 'Android'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

/** "Chrome on Linux": enough to recognise a device, without a user-agent database. */
export function describeUserAgent(userAgent: string | null): string {
  if (!userAgent) return 'Unknown device';
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? system ?? userAgent.slice(0, 40);
}
