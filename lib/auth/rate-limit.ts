import type { Db } from '@/lib/db';
import { CLIENT_ADDRESS_HEADER } from './client-address';

// Failed sign-ins are counted in the database, so limits hold across restarts and instances.
// An address that fails too often is refused for the window. An account is never locked (a
// stranger who knows the email could lock its owner out): its recent failures, from any
// address, slow each further attempt on it progressively instead, which makes guessing slow.
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ADDRESS = 20;
const FREE_FAILURES_PER_ACCOUNT = 3;
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 10_000;

export type SignInThrottle = { blocked: boolean; delayMs: number };

const accountKey = (email: string) => `email:${email}`;
const addressKey = (address: string) => `ip:${address}`;

/** Whether this address is refused, and how long to wait before checking this account's password. */
export async function getSignInThrottle(db: Db, email: string, address: string, now = new Date()): Promise<SignInThrottle> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const [forAccount, forAddress] = await Promise.all([
    db.signInFailure.count({ where: { key: accountKey(email), createdAt: { gt: since } } }),
    db.signInFailure.count({ where: { key: addressKey(address), createdAt: { gt: since } } }),
  ]);
  const extra = forAccount - FREE_FAILURES_PER_ACCOUNT;
  const delayMs = extra < 0 ? 0 : Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(extra, 20));
  return { blocked: forAddress >= MAX_FAILURES_PER_ADDRESS, delayMs };
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

/** The client's address as the server determined it (./client-address.ts); "unknown" without one. */
export function readClientAddress(headers: Headers): string {
  return (headers.get(CLIENT_ADDRESS_HEADER) || 'unknown').slice(0, 64);
}
