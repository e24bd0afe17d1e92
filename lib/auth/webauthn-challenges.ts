import { cookies } from 'next/headers';
import type { Db } from '@/lib/db';

// A WebAuthn ceremony's challenge lives in the database, named by an httpOnly cookie, and is
// consumed at the first answer: a signed response can be replayed against nothing.
const COOKIE = 'cashlens-webauthn';
const TTL_MS = 5 * 60 * 1000;

export type ChallengePurpose = 'register' | 'second-factor' | 'sign-in';

export async function storeChallenge(db: Db, purpose: ChallengePurpose, challenge: string, userId: string | null, now = new Date()): Promise<void> {
  // Expired challenges carry nothing; pruning here keeps the table small without a job.
  await db.webAuthnChallenge.deleteMany({ where: { expiresAt: { lt: now } } });
  const row = await db.webAuthnChallenge.create({ data: { purpose, challenge, userId, expiresAt: new Date(now.getTime() + TTL_MS) } });
  (await cookies()).set(COOKIE, row.id, { httpOnly: true, sameSite: 'strict', path: '/', maxAge: TTL_MS / 1000 });
}

/** The challenge this browser was given for `purpose`, once; null when absent, used or expired. */
export async function consumeChallenge(db: Db, purpose: ChallengePurpose, now = new Date()): Promise<{ challenge: string; userId: string | null } | null> {
  const store = await cookies();
  const id = store.get(COOKIE)?.value;
  if (!id) return null;
  store.delete(COOKIE);
  const row = await db.webAuthnChallenge.findUnique({ where: { id } });
  if (!row) return null;
  const { count } = await db.webAuthnChallenge.deleteMany({ where: { id } });
  if (count !== 1 || row.purpose !== purpose || row.expiresAt <= now) return null;
  return { challenge: row.challenge, userId: row.userId };
}
