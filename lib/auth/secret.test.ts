import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getAuthSecret } from './secret';

const saved = { ...process.env };
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cashlens-secret-'));
  process.env.CASHLENS_DATA_DIR = dir;
  delete process.env.AUTH_SECRET;
  process.env.DATABASE_URL = `file:${dir}/cashlens.db`;
});
afterEach(() => {
  process.env = { ...saved };
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('AUTH_SECRET', () => {
  it('is generated once for the embedded default and kept, owner-readable only, in the data folder', () => {
    const first = getAuthSecret();
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(getAuthSecret()).toBe(first);
    expect(fs.statSync(path.join(dir, 'auth-secret')).mode & 0o077).toBe(0);
  });

  it('is required with PostgreSQL', () => {
    process.env.DATABASE_URL = 'postgres://db.example/cashlens';
    expect(() => getAuthSecret()).toThrow(/AUTH_SECRET is required/);
  });

  it('comes from the environment when set, and must be long enough', () => {
    process.env.AUTH_SECRET = 'x'.repeat(40);
    expect(getAuthSecret()).toBe('x'.repeat(40));
    process.env.AUTH_SECRET = 'short';
    expect(() => getAuthSecret()).toThrow(/at least 32/);
  });
});
