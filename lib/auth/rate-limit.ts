import type { Db } from '@/lib/db';

// Failed sign-ins are counted in the database, so limits hold across restarts and instances.
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

const accountKey = (email: string) => `email:${email}`;
const addressKey = (address: string) => `ip:${address}`;

export async function isSignInBlocked(db: Db, email: string, address: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const [forAccount, forAddress] = await Promise.all([
    db.signInFailure.count({ where: { key: accountKey(email), createdAt: { gt: since } } }),
    db.signInFailure.count({ where: { key: addressKey(address), createdAt: { gt: since } } }),
  ]);
  return forAccount >= MAX_FAILURES_PER_ACCOUNT || forAddress >= MAX_FAILURES_PER_ADDRESS;
}

export async function recordSignInFailure(db: Db, email: string, address: string, now = new Date()): Promise<void> {
  await db.$transaction([
    db.signInFailure.createMany({
      data: [
        { key: accountKey(email), createdAt: now },
        { key: addressKey(address), createdAt: now },
      ],
    }),
    // Old rows carry no information; pruning here keeps the table small without a job.
    db.signInFailure.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - SIGN_IN_WINDOW_MS) } } }),
  ]);
}

/** A successful sign-in forgives the account's earlier mistakes, not the address's. */
export async function clearAccountFailures(db: Db, email: string): Promise<void> {
  await db.signInFailure.deleteMany({ where: { key: accountKey(email) } });
}

/** The client's address as the first proxy hop reports it; "unknown" when there is none. */
export function readClientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return (forwarded || headers.get('x-real-ip') || 'unknown').slice(0, 64);
}
