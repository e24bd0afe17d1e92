'use server';

import { AuthError } from 'next-auth';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { signIn } from '@/auth';
import { getCurrentUser, getPendingSignIn, requireUser } from '@/lib/auth/current-user';
import { parseAuthenticationResponse, parseRegistrationResponse } from '@/lib/auth/passkey-response';
import { buildAuthenticationOptions, buildRegistrationOptions, removePasskey, savePasskey, verifyPasskeyAssertion } from '@/lib/auth/passkeys';
import { countUnusedRecoveryCodes, replaceRecoveryCodes } from '@/lib/auth/recovery-codes';
import { getRelyingParty } from '@/lib/auth/relying-party';
import { toSafeRedirectPath } from '@/lib/auth/safe-redirect';
import { markFactorVerified } from '@/lib/auth/second-factor';
import { hasRecentFactor, STEP_UP_MESSAGE } from '@/lib/auth/step-up';
import { consumeChallenge, storeChallenge } from '@/lib/auth/webauthn-challenges';
import { getDb } from '@/lib/db';
import { readField, type FormState } from '@/lib/forms';
import { recordSecurityEventSafely } from '@/lib/security/activity';

// The browser half lives in components/security/passkey-*.tsx (@simplewebauthn/browser): it asks
// for options, runs the ceremony, and sends the answer back as JSON text.

const PASSKEY_FAILED = 'That passkey did not work. Try again, or use a code.';

/** Settings: options to create a passkey for the signed-in user. */
export async function passkeyRegistrationOptionsAction() {
  const user = await requireUser();
  const db = getDb();
  const options = await buildRegistrationOptions(db, user, getRelyingParty());
  await storeChallenge(db, 'register', options.challenge, user.id);
  return options;
}

export async function registerPasskeyAction(responseJson: string, rawName: string): Promise<FormState> {
  const user = await requireUser();
  const db = getDb();
  const name = (typeof rawName === 'string' ? rawName.trim().slice(0, 60) : '') || 'Passkey';
  const response = parseRegistrationResponse(responseJson);
  const stored = await consumeChallenge(db, 'register');
  if (!response || !stored || stored.userId !== user.id) return { message: 'The passkey could not be added. Try again.' };
  if (!(await savePasskey(db, user.id, response, stored.challenge, getRelyingParty(), name))) return { message: 'The passkey could not be added. Try again.' };
  await recordSecurityEventSafely(db, { userId: user.id, kind: 'factor_added', detail: { factor: 'passkey', name } });
  revalidatePath('/settings');
  // A passkey becomes a required factor; without codes, losing the device would lock the account.
  if ((await countUnusedRecoveryCodes(db, user.id)) === 0) {
    const codes = await replaceRecoveryCodes(db, user.id);
    return { ok: true, message: `Passkey “${name}” added.`, values: { recoveryCodes: codes.join('\n') } };
  }
  return { ok: true, message: `Passkey “${name}” added.` };
}

export async function removePasskeyAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const db = getDb();
  // Removing a factor is a factor change: it needs a recent proof, like the other risky actions.
  if (!(await hasRecentFactor(db, user.sessionId))) return { message: STEP_UP_MESSAGE };
  if (!(await removePasskey(db, user.id, readField(form, 'passkeyId')))) return { message: 'That passkey was already removed.' };
  await recordSecurityEventSafely(db, { userId: user.id, kind: 'factor_removed', detail: { factor: 'passkey' } });
  revalidatePath('/settings');
  return { ok: true, message: 'Passkey removed.' };
}

/** Options for /sign-in/verify (the pending user's passkeys) or /sign-in (any discoverable one). */
export async function passkeyAuthenticationOptionsAction(purpose: 'second-factor' | 'sign-in') {
  const db = getDb();
  const rp = getRelyingParty();
  if (purpose === 'second-factor') {
    const pending = (await getPendingSignIn()) ?? (await getCurrentUser());
    if (!pending) redirect('/sign-in');
    const options = await buildAuthenticationOptions(db, pending.id, rp);
    await storeChallenge(db, 'second-factor', options.challenge, pending.id);
    return options;
  }
  const options = await buildAuthenticationOptions(db, null, rp);
  await storeChallenge(db, 'sign-in', options.challenge, null);
  return options;
}

/**
 * A passkey as the second step of a sign-in (redirects onward), or as "Confirm it's you" for a
 * signed-in session (returns a message).
 */
export async function verifyPasskeyFactorAction(responseJson: string, callbackUrl: string): Promise<FormState> {
  const db = getDb();
  const pending = await getPendingSignIn();
  const user = pending ?? (await getCurrentUser());
  if (!user) redirect('/sign-in');
  const response = parseAuthenticationResponse(responseJson);
  const stored = await consumeChallenge(db, 'second-factor');
  if (!response || !stored || stored.userId !== user.id) return { message: PASSKEY_FAILED };
  if (!(await verifyPasskeyAssertion(db, response, stored.challenge, getRelyingParty(), user.id))) return { message: PASSKEY_FAILED };
  await markFactorVerified(db, user.sessionId);
  if (pending) redirect(toSafeRedirectPath(callbackUrl));
  return { ok: true, message: 'Confirmed. For the next 10 minutes you can disconnect banks, change the webhook and share reports.' };
}

/** /sign-in: "Sign in with a passkey", no email or password. */
export async function signInWithPasskeyAction(responseJson: string, callbackUrl: string): Promise<FormState> {
  try {
    await signIn('passkey', { response: String(responseJson).slice(0, 64_000), redirectTo: toSafeRedirectPath(callbackUrl) });
  } catch (error) {
    if (error instanceof AuthError) return { message: 'That passkey did not sign you in. Try again, or use your email and password.' };
    throw error;
  }
  return { ok: true };
}
