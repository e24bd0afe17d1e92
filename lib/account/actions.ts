'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { signOut } from '@/auth';
import { requireUser } from '@/lib/auth/current-user';
import { verifyPassword } from '@/lib/auth/password';
import { getDb } from '@/lib/db';
import { readField, type FormState } from '@/lib/forms';
import { recordSecurityEvent } from '@/lib/security/activity';
import { revokeSession } from '@/lib/security/sessions-list';
import { deleteAccount } from './delete-account';
import { hasSecondFactor } from '@/lib/auth/second-factor';
import { hasRecentFactor } from '@/lib/auth/step-up';
import { STEP_UP_MESSAGE } from '@/lib/auth/step-up-message';
import { ConflictError } from '@/lib/errors';

const revokeSchema = z.string().min(1).max(100);

/** Ends one of the person's other sessions; that browser is signed out at its next request. */
export async function revokeSessionAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const sessionId = revokeSchema.safeParse(readField(form, 'sessionId'));
  if (!sessionId.success) return;
  const db = getDb();
  if (await revokeSession(db, user.id, sessionId.data)) await recordSecurityEvent(db, { userId: user.id, kind: 'session_revoked', detail: { sessionId: sessionId.data } });
  // Revoking this browser's own session is signing out.
  if (sessionId.data === user.sessionId) redirect('/sign-in?signedOut=1');
  revalidatePath('/settings');
}

/** Deletes the account after the person types their email and re-enters their password. */
export async function deleteAccountAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const typedEmail = readField(form, 'confirmEmail').trim().toLowerCase();
  const password = readField(form, 'password');
  const values = { confirmEmail: readField(form, 'confirmEmail').slice(0, 300) };
  if (typedEmail !== user.email.toLowerCase()) {
    return { fieldErrors: { confirmEmail: ['Type the email address you sign in with, exactly, to confirm.'] }, values, submission: Date.now() };
  }
  const db = getDb();
  const stored = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!stored) redirect('/sign-in');
  if (!password || !(await verifyPassword(stored.passwordHash, password))) {
    return { fieldErrors: { password: ['The password is incorrect. Nothing was deleted.'] }, values, submission: Date.now() };
  }
  // With a second factor on the account, the password alone is not enough: a factor proved recently too.
  if ((await hasSecondFactor(db, user.id)) && !(await hasRecentFactor(db, user.sessionId))) {
    return { message: STEP_UP_MESSAGE, values, submission: Date.now() };
  }
  try {
    await deleteAccount(db, user.id);
  } catch (error) {
    // The last owner of a workspace others use: refused, nothing deleted.
    if (error instanceof ConflictError) return { message: error.message, values, submission: Date.now() };
    throw error;
  }
  // Every session row is gone already; this clears the cookie and leaves the app.
  await signOut({ redirectTo: '/goodbye' });
  return { ok: true };
}
