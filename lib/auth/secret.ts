import { randomBytes } from 'node:crypto';
import { readOrCreateSecretFile } from '@/lib/data-dir';
import { env, usesEmbeddedDatabase } from '@/lib/env';

/**
 * AUTH_SECRET signs and encrypts session cookies. Production configurations (PostgreSQL)
 * must set it, so every instance shares one; the embedded SQLite default generates it once
 * and keeps it in the data folder, so a one-command start needs no setup.
 */
export function getAuthSecret(): string {
  // Its length is checked where the environment is parsed.
  const settings = env();
  if (settings.AUTH_SECRET) return settings.AUTH_SECRET;
  if (!usesEmbeddedDatabase(settings)) {
    throw new Error('AUTH_SECRET is required when DATABASE_URL is not the embedded SQLite database. Generate one with: openssl rand -base64 33');
  }
  return readOrCreateSecretFile('auth-secret', () => randomBytes(33).toString('base64url'));
}
