import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { isoBase64URL } from '@simplewebauthn/server/helpers';
import type { Db } from '@/lib/db';
import type { RelyingParty } from './relying-party';

// Passkeys (WebAuthn credentials) through @simplewebauthn/server 9. They are discoverable
// (resident) so one can sign in without typing an email; user verification (a PIN or a
// fingerprint on the device) is asked for, which is what lets a passkey stand for both factors.

export type RegistrationResponse = Parameters<typeof verifyRegistrationResponse>[0]['response'];
export type AuthenticationResponse = Parameters<typeof verifyAuthenticationResponse>[0]['response'];
type Transport = NonNullable<RegistrationResponse['response']['transports']>[number];

export type PasskeySummary = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null };

export async function listPasskeys(db: Db, userId: string): Promise<PasskeySummary[]> {
  // A person has a handful of passkeys; the cap keeps the page bounded anyway.
  return db.passkey.findMany({ where: { userId }, orderBy: { createdAt: 'asc' }, take: 50, select: { id: true, name: true, createdAt: true, lastUsedAt: true } });
}

export async function buildRegistrationOptions(db: Db, user: { id: string; email: string; name: string | null }, rp: RelyingParty) {
  const existing = await db.passkey.findMany({ where: { userId: user.id }, select: { credentialId: true }, take: 50 });
  return generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userID: user.id,
    userName: user.email,
    userDisplayName: user.name ?? user.email,
    attestationType: 'none',
    excludeCredentials: existing.map((row) => ({ id: isoBase64URL.toBuffer(row.credentialId), type: 'public-key' as const })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  });
}

/** Verifies a new credential against the challenge and stores it; false when it does not verify. */
export async function savePasskey(db: Db, userId: string, response: RegistrationResponse, challenge: string, rp: RelyingParty, name: string): Promise<boolean> {
  let verification;
  try {
    verification = await verifyRegistrationResponse({ response, expectedChallenge: challenge, expectedOrigin: rp.origin, expectedRPID: rp.id, requireUserVerification: false });
  } catch {
    return false;
  }
  const info = verification.registrationInfo;
  if (!verification.verified || !info) return false;
  await db.passkey.create({
    data: {
      userId,
      name,
      credentialId: isoBase64URL.fromBuffer(info.credentialID),
      publicKey: isoBase64URL.fromBuffer(info.credentialPublicKey),
      counter: BigInt(info.counter),
      transports: (response.response.transports ?? []).join(','),
    },
  });
  return true;
}

/** Options for an assertion: the user's own credentials, or any discoverable one when userId is null. */
export async function buildAuthenticationOptions(db: Db, userId: string | null, rp: RelyingParty) {
  const rows = userId ? await db.passkey.findMany({ where: { userId }, select: { credentialId: true, transports: true }, take: 50 }) : [];
  return generateAuthenticationOptions({
    rpID: rp.id,
    userVerification: userId ? 'preferred' : 'required',
    allowCredentials: rows.map((row) => ({
      id: isoBase64URL.toBuffer(row.credentialId),
      type: 'public-key' as const,
      transports: row.transports ? (row.transports.split(',') as Transport[]) : undefined,
    })),
  });
}

/**
 * The user an assertion proves, or null. With `expectedUserId` (a second factor) the credential
 * must be theirs; without one (passwordless) the device must have verified the person. The
 * signature counter must grow (a cloned authenticator shows up as a counter that does not).
 */
export async function verifyPasskeyAssertion(
  db: Db,
  response: AuthenticationResponse,
  challenge: string,
  rp: RelyingParty,
  expectedUserId: string | null,
  now = new Date(),
): Promise<string | null> {
  const row = await db.passkey.findUnique({ where: { credentialId: response.id } });
  if (!row || (expectedUserId && row.userId !== expectedUserId)) return null;
  let verification;
  try {
    verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: expectedUserId === null,
      authenticator: {
        credentialID: isoBase64URL.toBuffer(row.credentialId),
        credentialPublicKey: isoBase64URL.toBuffer(row.publicKey),
        counter: Number(row.counter),
        transports: row.transports ? (row.transports.split(',') as Transport[]) : undefined,
      },
    });
  } catch {
    return null;
  }
  if (!verification.verified) return null;
  await db.passkey.update({ where: { id: row.id }, data: { counter: BigInt(verification.authenticationInfo.newCounter), lastUsedAt: now } });
  return row.userId;
}

export async function removePasskey(db: Db, userId: string, passkeyId: string): Promise<boolean> {
  const { count } = await db.passkey.deleteMany({ where: { id: passkeyId, userId } });
  return count === 1;
}
