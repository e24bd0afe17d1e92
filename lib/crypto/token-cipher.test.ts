import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openToken, reloadTokenKeys, sealToken } from './token-cipher';
import { addKeyToKeyFile, pruneKeyFile } from './token-keys';

const saved = { ...process.env };
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cashlens-keys-'));
  process.env.CASHLENS_DATA_DIR = dir;
  process.env.DATABASE_URL = `file:${dir}/x.db`;
  delete process.env.TOKEN_ENCRYPTION_KEYS;
  reloadTokenKeys();
});
afterEach(() => {
  process.env = { ...saved };
  reloadTokenKeys();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('token cipher', () => {
  it('round-trips and never stores the plaintext', () => {
    const sealed = sealToken('secret-access-token', 'connection:1:access');
    expect(sealed.cipher).not.toContain('secret-access-token');
    expect(Buffer.from(sealed.cipher.split('.')[3]!, 'base64url').toString()).not.toContain('secret');
    expect(openToken(sealed, 'connection:1:access')).toBe('secret-access-token');
  });

  it('refuses a ciphertext moved to another row or tampered with', () => {
    const sealed = sealToken('token', 'connection:1:access');
    expect(() => openToken(sealed, 'connection:2:access')).toThrow();
    const parts = sealed.cipher.split('.');
    parts[3] = Buffer.from('forged').toString('base64url');
    expect(() => openToken({ ...sealed, cipher: parts.join('.') }, 'connection:1:access')).toThrow();
  });

  it('creates the key file once with owner-only permissions', () => {
    sealToken('a', 'c');
    const stat = fs.statSync(path.join(dir, 'token-keys.json'));
    expect(stat.mode & 0o077).toBe(0);
  });

  it('keeps decrypting old ciphertexts after a new key becomes current, until pruned', () => {
    const old = sealToken('old', 'c');
    const newKeyId = addKeyToKeyFile();
    reloadTokenKeys();
    const fresh = sealToken('new', 'c');
    expect(fresh.keyId).toBe(newKeyId);
    expect(openToken(old, 'c')).toBe('old');
    pruneKeyFile();
    reloadTokenKeys();
    expect(openToken(fresh, 'c')).toBe('new');
    expect(() => openToken(old, 'c')).toThrow(/not configured/);
  });

  it('takes keys from TOKEN_ENCRYPTION_KEYS, first one current', () => {
    const k1 = Buffer.alloc(32, 1).toString('base64');
    const k0 = Buffer.alloc(32, 2).toString('base64');
    process.env.TOKEN_ENCRYPTION_KEYS = `new:${k1},old:${k0}`;
    reloadTokenKeys();
    expect(sealToken('x', 'c').keyId).toBe('new');
  });

  it('requires TOKEN_ENCRYPTION_KEYS outside the embedded default', () => {
    process.env.DATABASE_URL = 'postgres://db.example/cashlens';
    reloadTokenKeys();
    expect(() => sealToken('x', 'c')).toThrow(/TOKEN_ENCRYPTION_KEYS is required/);
  });
});
