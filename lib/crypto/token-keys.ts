import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { getDataDir, readOrCreateSecretFile } from '@/lib/data-dir';
import { toIsoDay } from '@/lib/dates';
import { env, usesEmbeddedDatabase } from '@/lib/env';

/**
 * Keys that encrypt bank tokens at rest. The first key is current (new ciphertexts use it);
 * the others still decrypt older ones until `npm run tokens:rotate` re-encrypts everything.
 *
 * TOKEN_ENCRYPTION_KEYS="kid1:base64key,kid0:base64key" (32-byte keys) in production;
 * the embedded SQLite default creates data/token-keys.json once.
 */
export type TokenKeyring = { currentKeyId: string; keys: Map<string, Buffer> };

const KEY_FILE = 'token-keys.json';
type KeyFile = { current: string; keys: Record<string, string> };

export function newKeyId(): string {
  return `k${toIsoDay(new Date()).replaceAll('-', '')}${randomBytes(3).toString('hex')}`;
}

function decodeKey(keyId: string, encoded: string): Buffer {
  const key = Buffer.from(encoded, 'base64');
  if (key.length !== 32) throw new Error(`Token encryption key ${keyId} must be 32 bytes (base64), got ${key.length}.`);
  return key;
}

function parseEnvKeys(value: string): TokenKeyring {
  const entries = value.split(',').map((pair) => pair.trim()).filter(Boolean).map((pair) => {
    const [keyId, encoded] = pair.split(':');
    if (!keyId || !encoded || !/^[A-Za-z0-9_-]{1,32}$/.test(keyId)) {
      throw new Error('TOKEN_ENCRYPTION_KEYS must look like "keyId:base64key,olderKeyId:base64key".');
    }
    return [keyId, decodeKey(keyId, encoded)] as const;
  });
  if (entries.length === 0) throw new Error('TOKEN_ENCRYPTION_KEYS is empty.');
  return { currentKeyId: entries[0]![0], keys: new Map(entries) };
}

function keyFilePath(): string {
  return path.join(getDataDir(), KEY_FILE);
}

function readKeyFile(): KeyFile {
  const text = readOrCreateSecretFile(KEY_FILE, () => {
    const keyId = newKeyId();
    return JSON.stringify({ current: keyId, keys: { [keyId]: randomBytes(32).toString('base64') } } satisfies KeyFile);
  });
  return JSON.parse(text) as KeyFile;
}

export function usesKeyFile(): boolean {
  return !env().TOKEN_ENCRYPTION_KEYS;
}

export function loadTokenKeyring(): TokenKeyring {
  const settings = env();
  if (settings.TOKEN_ENCRYPTION_KEYS) return parseEnvKeys(settings.TOKEN_ENCRYPTION_KEYS);
  if (!usesEmbeddedDatabase(settings)) {
    throw new Error('TOKEN_ENCRYPTION_KEYS is required when DATABASE_URL is not the embedded SQLite database.');
  }
  const file = readKeyFile();
  const keys = new Map(Object.entries(file.keys).map(([keyId, encoded]) => [keyId, decodeKey(keyId, encoded)] as const));
  if (!keys.has(file.current)) throw new Error(`${keyFilePath()} names a current key it does not hold.`);
  return { currentKeyId: file.current, keys };
}

/** Adds a fresh key to the key file and makes it current; older keys stay until re-encryption is done. */
export function addKeyToKeyFile(): string {
  const file = readKeyFile();
  const keyId = newKeyId();
  const next: KeyFile = { current: keyId, keys: { [keyId]: randomBytes(32).toString('base64'), ...file.keys } };
  const target = keyFilePath();
  fs.writeFileSync(`${target}.tmp`, `${JSON.stringify(next)}\n`, { mode: 0o600 });
  fs.renameSync(`${target}.tmp`, target);
  return keyId;
}

/** Drops every key but the current one, after everything was re-encrypted with it. */
export function pruneKeyFile(): void {
  const file = readKeyFile();
  const next: KeyFile = { current: file.current, keys: { [file.current]: file.keys[file.current]! } };
  const target = keyFilePath();
  fs.writeFileSync(`${target}.tmp`, `${JSON.stringify(next)}\n`, { mode: 0o600 });
  fs.renameSync(`${target}.tmp`, target);
}
