import { createHash, randomBytes } from 'node:crypto';

// A share link's token: 256 random bits, base64url. Only its SHA-256 is stored, so a copy of the
// database does not reveal working links; the token is shown once, when the report is created.

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function createReportToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashReportToken(token) };
}

export function hashReportToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A link that was cut short or tampered with is refused before any lookup. */
export function isWellFormedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}
