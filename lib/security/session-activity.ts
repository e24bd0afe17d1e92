import type { Db } from '@/lib/db';

// A session's "last seen" time, written at most once a minute: every request validates the
// session, but only a stale lastSeenAt costs a write, so busy pages cause no write storm.
export const LAST_SEEN_RESOLUTION_MS = 60_000;

export function isLastSeenStale(lastSeenAt: Date | null, now: Date): boolean {
  return !lastSeenAt || now.getTime() - lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS;
}

export async function touchSession(db: Db, sessionId: string, lastSeenAt: Date | null, now = new Date()): Promise<void> {
  if (!isLastSeenStale(lastSeenAt, now)) return;
  await db.session.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now } });
}
