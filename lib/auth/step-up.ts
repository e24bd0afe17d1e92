import type { CurrentUser } from '@/lib/auth/current-user';
import { getDb, type Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { STEP_UP_MESSAGE } from './step-up-message';

// Risky actions (disconnecting a bank, changing the webhook, sharing a report) ask for a factor
// proved recently in this browser, so a session left open on a shared computer cannot do them.
// Proving it — a code, a passkey, or the password for accounts without 2FA — stamps
// Session.factorVerifiedAt (lib/auth/second-factor.ts markFactorVerified); so does signing in.

export const STEP_UP_MAX_AGE_MS = 10 * 60 * 1000;

export { STEP_UP_MESSAGE };

export class StepUpRequiredError extends AppError {
  override name = 'StepUpRequiredError';
  constructor() {
    super('forbidden', STEP_UP_MESSAGE, { code: 'step_up_required' });
  }
}

export async function hasRecentFactor(db: Db, sessionId: string, maxAgeMs = STEP_UP_MAX_AGE_MS, now = new Date()): Promise<boolean> {
  const session = await db.session.findUnique({ where: { id: sessionId }, select: { factorVerifiedAt: true, secondFactorPending: true } });
  if (!session?.factorVerifiedAt || session.secondFactorPending) return false;
  const age = now.getTime() - session.factorVerifiedAt.getTime();
  return age >= 0 && age <= maxAgeMs;
}

/** Throws StepUpRequiredError (a form message through runFormAction) unless a factor is fresh. */
export async function requireRecentFactor(user: CurrentUser, maxAgeMs = STEP_UP_MAX_AGE_MS, db: Db = getDb(), now = new Date()): Promise<void> {
  if (!(await hasRecentFactor(db, user.sessionId, maxAgeMs, now))) throw new StepUpRequiredError();
}
