import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import type { JWK } from 'oidc-provider';
import type { SandboxDatabase } from './database';

// Keys are generated on first start and kept in the data dir, so sessions,
// cookies and signed artifacts stay valid across restarts.

export type SandboxSecrets = { signingKeys: { keys: JWK[] }; cookieKeys: string[] };

function readOrCreateSecret(db: SandboxDatabase, name: string, create: () => string): string {
  const row = db.prepare('SELECT value FROM secrets WHERE name = ?').get(name) as { value: string } | undefined;
  if (row) return row.value;
  const value = create();
  // INSERT OR IGNORE + re-read: two processes starting on one data dir agree on one key.
  db.prepare('INSERT OR IGNORE INTO secrets (name, value) VALUES (?, ?)').run(name, value);
  return (db.prepare('SELECT value FROM secrets WHERE name = ?').get(name) as { value: string }).value;
}

function createSigningKey(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  return JSON.stringify({ ...jwk, kid: randomUUID(), alg: 'RS256', use: 'sig' });
}

function createCookieKeys(): string {
  return JSON.stringify([randomBytes(32).toString('base64url'), randomBytes(32).toString('base64url')]);
}

export function loadSandboxSecrets(db: SandboxDatabase): SandboxSecrets {
  const signingKey = JSON.parse(readOrCreateSecret(db, 'signing-key', createSigningKey)) as JWK;
  const cookieKeys = JSON.parse(readOrCreateSecret(db, 'cookie-keys', createCookieKeys)) as string[];
  return { signingKeys: { keys: [signingKey] }, cookieKeys };
}
