import type { Db } from '@/lib/db';
import { redeemRecoveryCode } from './recovery-codes';
import { normaliseTotpCode, verifyTotpCode } from './totp';

// Second factors and the session states they change. A session whose password was right but
// whose account has a factor starts "pending" (see auth.ts); giving a factor clears that and
// stamps factorVerifiedAt, which step-up (./step-up.ts) also reads.

// A six-digit code is a million guesses; the password is already known to whoever is here. So
// unlike passwords, wrong codes lock the factor for the window: ten misses, then wait.
export const FACTOR_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FACTOR_FAILURES = 10;
const failureKey = (userId: string) => `factor:${userId}`;

export async function hasSecondFactor(db: Db, userId: string): Promise<boolean> {
  const [totp, passkeys] = await Promise.all([
    db.totpFactor.count({ where: { userId, confirmedAt: { not: null } } }),
    db.passkey.count({ where: { userId } }),
  ]);
  return totp + passkeys > 0;
}

export async function isFactorLocked(db: Db, userId: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - FACTOR_WINDOW_MS);
  const failures = await db.signInFailure.count({ where: { key: failureKey(userId), createdAt: { gt: since } } });
  return failures >= MAX_FACTOR_FAILURES;
}

async function recordFactorFailure(db: Db, userId: string, now: Date): Promise<void> {
  await db.signInFailure.create({ data: { key: failureKey(userId), createdAt: now } });
}

export type CodeCheck = 'ok' | 'wrong' | 'locked';

/**
 * Checks a typed code: six digits are an authenticator code, anything else a recovery code
 * (spent on success). Counts misses and refuses every code while the factor is locked.
 */
export async function checkFactorCode(db: Db, userId: string, text: string, now = new Date()): Promise<CodeCheck> {
  if (await isFactorLocked(db, userId, now)) return 'locked';
  const ok = normaliseTotpCode(text) ? await verifyTotpCode(db, userId, text, now) : await redeemRecoveryCode(db, userId, text, now);
  if (ok) return 'ok';
  await recordFactorFailure(db, userId, now);
  return 'wrong';
}

/** This session has proved a factor now: it is no longer pending, and step-up is fresh. */
export async function markFactorVerified(db: Db, sessionId: string, now = new Date()): Promise<void> {
  await db.session.update({ where: { id: sessionId }, data: { secondFactorPending: false, factorVerifiedAt: now } });
}

export const FACTOR_LOCKED_MESSAGE = 'Too many wrong codes. Wait 15 minutes, then try again.';
