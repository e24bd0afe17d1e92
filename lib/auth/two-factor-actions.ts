'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getCurrentUser, getPendingSignIn, requireUser } from '@/lib/auth/current-user';
import { replaceRecoveryCodes } from '@/lib/auth/recovery-codes';
import { toSafeRedirectPath } from '@/lib/auth/safe-redirect';
import { verifyPassword } from '@/lib/auth/password';
import { checkFactorCode, FACTOR_LOCKED_MESSAGE, hasSecondFactor, markFactorVerified } from '@/lib/auth/second-factor';
import { removeTotp, startTotpEnrolment, verifyTotpCode } from '@/lib/auth/totp';
import { getDb } from '@/lib/db';
import { readField, runFormAction, type FormState } from '@/lib/forms';
import { recordSecurityEventSafely } from '@/lib/security/activity';

const WRONG_CODE = 'That code is not right, or it was already used. Try the newest code from your app, or a recovery code.';

/** /sign-in/verify: the second step of a sign-in, with an authenticator or a recovery code. */
export async function verifySecondFactorAction(_previous: FormState, form: FormData): Promise<FormState> {
  const pending = await getPendingSignIn();
  if (!pending) redirect((await getCurrentUser()) ? '/dashboard' : '/sign-in');
  const db = getDb();
  const result = await checkFactorCode(db, pending.id, readField(form, 'code').slice(0, 100));
  if (result === 'locked') return { message: FACTOR_LOCKED_MESSAGE };
  if (result === 'wrong') return { fieldErrors: { code: [WRONG_CODE] } };
  await markFactorVerified(db, pending.sessionId);
  redirect(toSafeRedirectPath(readField(form, 'callbackUrl')));
}

/** Settings: a new, unconfirmed authenticator secret, shown by the Security card until confirmed. */
export async function startTotpAction(_previous: FormState, _form: FormData): Promise<FormState> {
  const user = await requireUser();
  return runFormAction(async () => {
    await startTotpEnrolment(getDb(), user.id);
    revalidatePath('/settings');
    return { ok: true };
  });
}

/** The first code turns the authenticator on; the ten recovery codes are returned to show once. */
export async function confirmTotpAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const db = getDb();
  if (!(await verifyTotpCode(db, user.id, readField(form, 'code'), new Date(), true))) {
    return { fieldErrors: { code: ['That code is not right. Enter the six digits your app shows now.'] } };
  }
  const codes = await replaceRecoveryCodes(db, user.id);
  await markFactorVerified(db, user.sessionId);
  await recordSecurityEventSafely(db, { userId: user.id, kind: 'factor_added', detail: { factor: 'authenticator' } });
  // No revalidatePath here: re-rendering would swap this form for the "on" card and lose the
  // codes shown once. The card is up to date at the next visit.
  return { ok: true, message: 'Two-factor sign-in is on.', values: { recoveryCodes: codes.join('\n') } };
}

// Changing the factor itself needs the factor: a borrowed, signed-in browser is not enough.
async function requireCurrentCode(userId: string, form: FormData): Promise<FormState | null> {
  const result = await checkFactorCode(getDb(), userId, readField(form, 'code').slice(0, 100));
  if (result === 'locked') return { message: FACTOR_LOCKED_MESSAGE };
  if (result === 'wrong') return { fieldErrors: { code: [WRONG_CODE] } };
  return null;
}

export async function regenerateRecoveryCodesAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const refused = await requireCurrentCode(user.id, form);
  if (refused) return refused;
  const codes = await replaceRecoveryCodes(getDb(), user.id);
  await recordSecurityEventSafely(getDb(), { userId: user.id, kind: 'factor_added', detail: { factor: 'recovery_codes' } });
  revalidatePath('/settings');
  return { ok: true, message: 'New recovery codes. The old ones no longer work.', values: { recoveryCodes: codes.join('\n') } };
}

export async function disableTotpAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const refused = await requireCurrentCode(user.id, form);
  if (refused) return refused;
  await removeTotp(getDb(), user.id);
  await recordSecurityEventSafely(getDb(), { userId: user.id, kind: 'factor_removed', detail: { factor: 'authenticator' } });
  revalidatePath('/settings');
  return { ok: true, message: 'The authenticator app is turned off.' };
}

/**
 * "Confirm it's you" before a risky action (lib/auth/step-up.ts): a code when the account has a
 * second factor, otherwise the password. Either makes this session's factor fresh.
 */
export async function confirmIdentityAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const db = getDb();
  if (await hasSecondFactor(db, user.id)) {
    const refused = await requireCurrentCode(user.id, form);
    if (refused) return refused;
  } else {
    const stored = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
    if (!stored || !(await verifyPassword(stored.passwordHash, readField(form, 'password')))) {
      return { fieldErrors: { password: ['The password is incorrect.'] } };
    }
  }
  await markFactorVerified(db, user.sessionId);
  return { ok: true, message: 'Confirmed. For the next 10 minutes you can disconnect banks, change the webhook and share reports.' };
}
