import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { loadTokenKeyring, type TokenKeyring } from '@/lib/crypto/token-keys';

/**
 * AES-256-GCM for bank tokens at rest. `context` is bound as additional authenticated data
 * (e.g. "connection:<id>:refresh"), so a ciphertext copied onto another row fails to decrypt.
 * Stored form: "v1.<iv>.<tag>.<ciphertext>" (base64url); the key id is stored beside it.
 */
export type Sealed = { keyId: string; cipher: string };

let keyring: TokenKeyring | undefined;
function getKeyring(): TokenKeyring {
  keyring ??= loadTokenKeyring();
  return keyring;
}

/** For the rotation command and tests, after the keys changed on disk. */
export function reloadTokenKeys(): void {
  keyring = undefined;
}

export function sealToken(plaintext: string, context: string): Sealed {
  const { currentKeyId, keys } = getKeyring();
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keys.get(currentKeyId)!, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return { keyId: currentKeyId, cipher: ['v1', iv, tag, body].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.') };
}

export function openToken(sealed: Sealed, context: string): string {
  const key = getKeyring().keys.get(sealed.keyId);
  if (!key) throw new Error(`Token key ${sealed.keyId} is not configured; it was removed before re-encryption finished.`);
  const [version, iv, tag, body] = sealed.cipher.split('.');
  if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('Token ciphertext is malformed.');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

export function currentTokenKeyId(): string {
  return getKeyring().currentKeyId;
}
