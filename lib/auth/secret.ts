import { randomBytes } from 'node:crypto';
import { readOrCreateSecretFile } from '@/lib/data-dir';

/**
 * AUTH_SECRET signs and encrypts session cookies. Production configurations (PostgreSQL)
 * must set it, so every instance shares one; the embedded SQLite default generates it once
 * and keeps it in the data folder, so a one-command start needs no setup.
 */
export function getAuthSecret(): string {
  const fromEnv = process.env.AUTH_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('AUTH_SECRET must be at least 32 characters long.');
    return fromEnv;
  }
  const url = process.env.DATABASE_URL ?? 'file:./data/cashlens.db';
  if (!url.startsWith('file:')) {
    throw new Error('AUTH_SECRET is required when DATABASE_URL is not the embedded SQLite database. Generate one with: openssl rand -base64 33');
  }
  return readOrCreateSecretFile('auth-secret', () => randomBytes(33).toString('base64url'));
}
