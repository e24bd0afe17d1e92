'use server';

import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { signIn, signOut } from '@/auth';
import { getDb } from '@/lib/db';
import { changePasswordSchema, signInSchema, signUpSchema } from '@/lib/auth/form-schemas';
import { readField, toFieldErrors, type FormState } from '@/lib/forms';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { requireUser } from '@/lib/auth/current-user';
import { endAllSessions } from '@/lib/auth/sessions';
import { toSafeRedirectPath } from '@/lib/auth/safe-redirect';
import { isUniqueConstraintError } from '@/lib/db/errors';
import { recordSecurityEvent } from '@/lib/security/activity';
import { createPersonalWorkspace } from '@/lib/workspaces/memberships';

const SIGN_IN_FAILED = 'The email or password is incorrect, or there were too many attempts. Check them, or wait 15 minutes and try again.';

export async function signUpAction(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = signUpSchema.safeParse({
    name: readField(form, 'name'),
    email: readField(form, 'email'),
    password: readField(form, 'password'),
    confirmPassword: readField(form, 'confirmPassword'),
  });
  const values = { name: readField(form, 'name').slice(0, 200), email: readField(form, 'email').slice(0, 300) };
  if (!parsed.success) return { fieldErrors: toFieldErrors(parsed.error), values };
  const { name, email, password } = parsed.data;

  try {
    const passwordHash = await hashPassword(password);
    // The person and their own workspace appear together or not at all.
    await getDb().$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email, name: name ?? null, passwordHash } });
      await createPersonalWorkspace(tx, user);
    });
  } catch (error) {
    if (isUniqueConstraintError(error)) {
      return { fieldErrors: { email: ['An account with this email already exists. Sign in instead.'] }, values };
    }
    throw error;
  }
  // Throws Next's redirect on success, which must propagate.
  await signIn('credentials', { email, password, redirectTo: toSafeRedirectPath(readField(form, 'callbackUrl')) });
  return { ok: true };
}

export async function signInAction(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse({ email: readField(form, 'email'), password: readField(form, 'password') });
  const values = { email: readField(form, 'email').slice(0, 300) };
  if (!parsed.success) return { fieldErrors: toFieldErrors(parsed.error), values };
  try {
    await signIn('credentials', {
      ...parsed.data,
      redirectTo: toSafeRedirectPath(readField(form, 'callbackUrl')),
    });
  } catch (error) {
    if (error instanceof AuthError) return { message: SIGN_IN_FAILED, values };
    throw error;
  }
  return { ok: true };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/sign-in?signedOut=1' });
}

export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUser();
  await endAllSessions(user.id);
  await signOut({ redirectTo: '/sign-in?signedOut=everywhere' });
}

export async function changePasswordAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = changePasswordSchema.safeParse({
    currentPassword: readField(form, 'currentPassword'),
    newPassword: readField(form, 'newPassword'),
    confirmPassword: readField(form, 'confirmPassword'),
  });
  if (!parsed.success) return { fieldErrors: toFieldErrors(parsed.error) };

  const db = getDb();
  const stored = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!stored) redirect('/sign-in');
  if (!(await verifyPassword(stored.passwordHash, parsed.data.currentPassword))) {
    return { fieldErrors: { currentPassword: ['The current password is incorrect.'] } };
  }
  const passwordHash = await hashPassword(parsed.data.newPassword);
  // The new hash and the end of every other session land together or not at all.
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { passwordHash } }),
    db.session.deleteMany({ where: { userId: user.id, id: { not: user.sessionId } } }),
  ]);
  await recordSecurityEvent(db, { userId: user.id, kind: 'password_changed' });
  return { ok: true, message: 'Password changed. You were signed out on every other device.' };
}
