import { createHash, randomBytes } from 'node:crypto';

// A secret link's token (shared reports, invitations): 256 random bits, base64url. Only its SHA-256
// is stored, so a copy of the database does not reveal working links; the token is shown once.

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function createLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A link that was cut short or tampered with is refused before any lookup. */
export function isWellFormedLinkToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}
