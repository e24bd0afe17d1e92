import { generate, generateSecret, generateURI, verify } from 'otplib';
import { openToken, sealToken } from '@/lib/crypto/token-cipher';
import type { Db } from '@/lib/db';
import { ConflictError } from '@/lib/errors';

// Authenticator-app codes (RFC 6238: SHA-1, 6 digits, 30-second steps, what every app expects).
// The secret is sealed with the bank-token key ring: it is the same kind of secret (it lets whoever
// holds it act as the user), and one key ring means one rotation command and one backup story.

const PERIOD_S = 30;
// One step either side: a phone clock a little off, or a code typed as it changed.
const TOLERANCE_S = PERIOD_S;
export const TOTP_ISSUER = 'Cashlens';

const sealContext = (userId: string) => `totp:${userId}`;

/** Six digits, spaces allowed ("123 456"), as authenticator apps show them. */
export function normaliseTotpCode(text: string): string | null {
  const digits = text.replace(/\s+/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

export function buildTotpUri(email: string, secret: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: email, secret });
}

/** The current code for a secret; for tests, which play the authenticator app. */
export function generateTotpCode(secret: string, now: Date): Promise<string> {
  return generate({ secret, epoch: Math.floor(now.getTime() / 1000) });
}

/**
 * Starts (or restarts) enrolment: a new secret, unconfirmed until a code from it is entered.
 * Refused while a confirmed factor exists, so a second tab cannot silently replace it.
 */
export async function startTotpEnrolment(db: Db, userId: string): Promise<string> {
  const existing = await db.totpFactor.findUnique({ where: { userId }, select: { confirmedAt: true } });
  if (existing?.confirmedAt) throw new ConflictError('An authenticator app is already set up. Turn it off first to set up another.');
  const secret = generateSecret();
  const sealed = sealToken(secret, sealContext(userId));
  const data = { secretKeyId: sealed.keyId, secretCipher: sealed.cipher, confirmedAt: null, lastTimeStep: null };
  await db.totpFactor.upsert({ where: { userId }, create: { userId, ...data }, update: data });
  return secret;
}

/** The secret of an enrolment still waiting for its first code, to show again; null otherwise. */
export async function readPendingTotpSecret(db: Db, userId: string): Promise<string | null> {
  const row = await db.totpFactor.findUnique({ where: { userId } });
  if (!row || row.confirmedAt) return null;
  return openToken({ keyId: row.secretKeyId, cipher: row.secretCipher }, sealContext(userId));
}

export async function hasConfirmedTotp(db: Db, userId: string): Promise<boolean> {
  const row = await db.totpFactor.findUnique({ where: { userId }, select: { confirmedAt: true } });
  return Boolean(row?.confirmedAt);
}

/**
 * Checks a code against the user's secret at `now`. A code is accepted once: its time step is
 * stored, and that step or an earlier one is refused afterwards. The step is written with a
 * compare-and-set, so two requests racing with one code cannot both pass.
 * `confirming` checks the unconfirmed enrolment instead of the active factor.
 */
export async function verifyTotpCode(db: Db, userId: string, text: string, now = new Date(), confirming = false): Promise<boolean> {
  const code = normaliseTotpCode(text);
  if (!code) return false;
  const row = await db.totpFactor.findUnique({ where: { userId } });
  if (!row || Boolean(row.confirmedAt) === confirming) return false;
  const epoch = Math.floor(now.getTime() / 1000);
  const newestStep = Math.floor((epoch + TOLERANCE_S) / PERIOD_S);
  // otplib throws when the last step lies beyond its window (a clock moved back): nothing can pass then.
  if (row.lastTimeStep !== null && row.lastTimeStep >= newestStep) return false;
  const secret = openToken({ keyId: row.secretKeyId, cipher: row.secretCipher }, sealContext(userId));
  const result = await verify({ secret, token: code, epoch, epochTolerance: TOLERANCE_S, afterTimeStep: row.lastTimeStep ?? undefined });
  if (!result.valid) return false;
  // The matched step; otplib's shared result type only promises the offset from now.
  const timeStep = Math.floor(epoch / PERIOD_S) + result.delta;
  const { count } = await db.totpFactor.updateMany({
    where: { userId, OR: [{ lastTimeStep: null }, { lastTimeStep: { lt: timeStep } }] },
    data: { lastTimeStep: timeStep, ...(confirming ? { confirmedAt: now } : {}) },
  });
  return count === 1;
}

/** Turns the authenticator off. The recovery codes go too, unless passkeys remain for them to back up. */
export async function removeTotp(db: Db, userId: string): Promise<void> {
  const passkeys = await db.passkey.count({ where: { userId } });
  await db.$transaction([
    db.totpFactor.deleteMany({ where: { userId } }),
    ...(passkeys === 0 ? [db.recoveryCode.deleteMany({ where: { userId } })] : []),
  ]);
}

/** Key rotation (lib/crypto/reencrypt-tokens.ts): reseals secrets under `keyId`; returns how many. */
export async function resealTotpSecrets(db: Db, keyId: string): Promise<number> {
  let count = 0;
  // One row per user with an authenticator: read in pages so the loop stays bounded.
  for (let cursor: string | undefined; ; ) {
    const rows = await db.totpFactor.findMany({
      where: { secretKeyId: { not: keyId } },
      orderBy: { userId: 'asc' },
      take: 500,
      ...(cursor ? { cursor: { userId: cursor }, skip: 1 } : {}),
    });
    for (const row of rows) {
      const context = sealContext(row.userId);
      const sealed = sealToken(openToken({ keyId: row.secretKeyId, cipher: row.secretCipher }, context), context);
      const updated = await db.totpFactor.updateMany({
        where: { userId: row.userId, secretKeyId: row.secretKeyId, secretCipher: row.secretCipher },
        data: { secretKeyId: sealed.keyId, secretCipher: sealed.cipher },
      });
      count += updated.count;
    }
    if (rows.length < 500) return count;
    cursor = rows.at(-1)!.userId;
  }
}
