import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { clearAccountFailures, getSignInThrottle, MAX_FAILURES_PER_ADDRESS, readClientAddress, recordSignInFailure, SIGN_IN_WINDOW_MS } from './rate-limit';
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from './client-address';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe('sign-in rate limiting', () => {
  it('never locks an account: failures from anywhere slow its next sign-ins progressively, up to a cap', async () => {
    const now = new Date('2026-11-24T12:00:00Z');
    const delays: number[] = [];
    for (let i = 0; i < 12; i++) {
      const throttle = await getSignInThrottle(t.db, 'victim@example.test', `10.0.0.${i}`, now);
      expect(throttle.blocked).toBe(false);
      delays.push(throttle.delayMs);
      await recordSignInFailure(t.db, 'victim@example.test', `10.0.0.${i}`, now);
    }
    expect(delays.slice(0, 3)).toEqual([0, 0, 0]);
    expect(delays.slice(3, 7)).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(delays.at(-1)).toBe(10_000);
    expect(await getSignInThrottle(t.db, 'victim@example.test', '192.0.2.99', now)).toEqual({ blocked: false, delayMs: 10_000 });
    expect(await getSignInThrottle(t.db, 'someone-else@example.test', '192.0.2.99', now)).toEqual({ blocked: false, delayMs: 0 });
    const later = new Date(now.getTime() + SIGN_IN_WINDOW_MS + 1000);
    expect((await getSignInThrottle(t.db, 'victim@example.test', '192.0.2.99', later)).delayMs).toBe(0);
  });

  it('blocks an address that tries many accounts', async () => {
    const now = new Date('2026-11-24T13:00:00Z');
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await recordSignInFailure(t.db, `guess${i}@example.test`, '198.51.100.7', now);
    expect((await getSignInThrottle(t.db, 'fresh@example.test', '198.51.100.7', now)).blocked).toBe(true);
    expect((await getSignInThrottle(t.db, 'fresh@example.test', '198.51.100.8', now)).blocked).toBe(false);
  });

  it('a successful sign-in clears the account’s failures but not the address’s', async () => {
    const now = new Date();
    for (let i = 0; i < 5; i++) await recordSignInFailure(t.db, 'forgetful@example.test', '203.0.113.1', now);
    await clearAccountFailures(t.db, 'forgetful@example.test');
    expect(await getSignInThrottle(t.db, 'forgetful@example.test', '203.0.113.2', now)).toEqual({ blocked: false, delayMs: 0 });
    expect(await t.db.signInFailure.count({ where: { key: 'ip:203.0.113.1' } })).toBe(5);
  });

  it('reads only the address the server itself determined, never a client-sent header', () => {
    expect(readClientAddress(new Headers({ 'x-forwarded-for': '203.0.113.5' }))).toBe('unknown');
    expect(readClientAddress(new Headers({ 'x-real-ip': '203.0.113.5' }))).toBe('unknown');
    expect(readClientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: '198.51.100.1', 'x-forwarded-for': '203.0.113.5' }))).toBe('198.51.100.1');
    expect(readClientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: 'x'.repeat(500) }))).toHaveLength(64);
  });

  it('trusts X-Forwarded-For only from configured proxies, hop by hop from the right', () => {
    const trusted = ['127.0.0.1/32', '10.0.0.0/8'];
    // No proxy in front: the peer is the client, whatever the header says.
    expect(resolveClientAddress('198.51.100.1', 'spoofed, 1.2.3.4', trusted)).toBe('198.51.100.1');
    // Behind a trusted proxy: the rightmost address no trusted proxy added is the client.
    expect(resolveClientAddress('127.0.0.1', 'spoofed, 203.0.113.9, 10.1.1.1', trusted)).toBe('203.0.113.9');
    expect(resolveClientAddress('::ffff:127.0.0.1', '203.0.113.9', trusted)).toBe('203.0.113.9');
    expect(resolveClientAddress('127.0.0.1', undefined, trusted)).toBe('127.0.0.1');
    expect(resolveClientAddress('127.0.0.1', 'not-an-ip', trusted)).toBe('127.0.0.1');
    // 25 spoofed addresses from one untrusted peer are still one counter.
    const seen = new Set(Array.from({ length: 25 }, (_, i) => resolveClientAddress('198.51.100.1', `192.0.2.${i}`, trusted)));
    expect(seen.size).toBe(1);
  });
});
