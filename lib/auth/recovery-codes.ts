import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db';

// Ten one-time codes for when the authenticator is lost. Each is 80 random bits, far beyond
// guessing, so a plain SHA-256 digest is a safe way to store it (a slow hash protects low-entropy
// secrets like passwords) and lets the code be found by its digest in one indexed read.

export const RECOVERY_CODE_COUNT = 10;
// No 0/1/8/9 lookalikes: RFC 4648 base32 without padding, lower-cased for reading aloud.
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

function encodeBase32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/** "abcd-efgh-ijkl-mnop": 16 base32 characters = 80 bits. */
function createRecoveryCode(): string {
  return encodeBase32(randomBytes(10)).match(/.{4}/g)!.join('-');
}

/** Case, spaces and dashes do not matter when a code is typed back. */
export function normaliseRecoveryCode(text: string): string {
  return text.toLowerCase().replace(/[\s-]+/g, '');
}

function digest(text: string): string {
  return createHash('sha256').update(normaliseRecoveryCode(text)).digest('hex');
}

/** Replaces the user's codes with ten new ones, returned once in plain text to show. */
export async function replaceRecoveryCodes(db: Db, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, createRecoveryCode);
  await db.$transaction([
    db.recoveryCode.deleteMany({ where: { userId } }),
    db.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: digest(code) })) }),
  ]);
  return codes;
}

/** Uses a code: true once per code. The update is conditional, so a race cannot spend it twice. */
export async function redeemRecoveryCode(db: Db, userId: string, text: string, now = new Date()): Promise<boolean> {
  const normalised = normaliseRecoveryCode(text);
  if (!/^[a-z2-7]{16}$/.test(normalised)) return false;
  const { count } = await db.recoveryCode.updateMany({ where: { userId, codeHash: digest(normalised), usedAt: null }, data: { usedAt: now } });
  return count === 1;
}

export async function countUnusedRecoveryCodes(db: Db, userId: string): Promise<number> {
  return db.recoveryCode.count({ where: { userId, usedAt: null } });
}
