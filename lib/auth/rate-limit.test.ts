import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { clearAccountFailures, isSignInBlocked, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, readClientAddress, recordSignInFailure, SIGN_IN_WINDOW_MS } from './rate-limit';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe('sign-in rate limiting', () => {
  it('blocks an account after repeated failures, from any address, until the window passes', async () => {
    const now = new Date('2026-11-24T12:00:00Z');
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect(await isSignInBlocked(t.db, 'victim@example.test', `10.0.0.${i}`, now)).toBe(false);
      await recordSignInFailure(t.db, 'victim@example.test', `10.0.0.${i}`, now);
    }
    expect(await isSignInBlocked(t.db, 'victim@example.test', '192.0.2.99', now)).toBe(true);
    expect(await isSignInBlocked(t.db, 'someone-else@example.test', '192.0.2.99', now)).toBe(false);
    const later = new Date(now.getTime() + SIGN_IN_WINDOW_MS + 1000);
    expect(await isSignInBlocked(t.db, 'victim@example.test', '192.0.2.99', later)).toBe(false);
  });

  it('blocks an address that tries many accounts', async () => {
    const now = new Date('2026-11-24T13:00:00Z');
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await recordSignInFailure(t.db, `guess${i}@example.test`, '198.51.100.7', now);
    expect(await isSignInBlocked(t.db, 'fresh@example.test', '198.51.100.7', now)).toBe(true);
    expect(await isSignInBlocked(t.db, 'fresh@example.test', '198.51.100.8', now)).toBe(false);
  });

  it('a successful sign-in clears the account’s failures but not the address’s', async () => {
    const now = new Date();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await recordSignInFailure(t.db, 'forgetful@example.test', '203.0.113.1', now);
    await clearAccountFailures(t.db, 'forgetful@example.test');
    expect(await isSignInBlocked(t.db, 'forgetful@example.test', '203.0.113.2', now)).toBe(false);
    expect(await t.db.signInFailure.count({ where: { key: 'ip:203.0.113.1' } })).toBe(MAX_FAILURES_PER_ACCOUNT);
  });

  it('reads the first forwarded address and bounds its length', () => {
    expect(readClientAddress(new Headers({ 'x-forwarded-for': '203.0.113.5, 10.0.0.1' }))).toBe('203.0.113.5');
    expect(readClientAddress(new Headers())).toBe('unknown');
    expect(readClientAddress(new Headers({ 'x-forwarded-for': 'x'.repeat(500) }))).toHaveLength(64);
  });
});
