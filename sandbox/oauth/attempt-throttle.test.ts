import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser, expectPage } from '../test-helpers/browser';
import { cashlensClient, discoverClient, postToken, startAuthorization, startTestSandbox, type TestSandbox } from '../test-helpers/sandbox-fixture';
import { createAttemptThrottle } from './attempt-throttle';

// Guessing at the sandbox bank is throttled like at a real bank: a client secret, and a
// customer's password, each per address that tries them.

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox?.stop();
});

describe('attempt throttle', () => {
  it('throttles a key after its failures in the window, and forgets them after it', () => {
    let now = 0;
    const throttle = createAttemptThrottle({ maxFailures: 3, windowMs: 1_000, now: () => now });
    for (let i = 0; i < 3; i++) {
      expect(throttle.isThrottled('a')).toBe(false);
      throttle.recordFailure('a');
    }
    expect(throttle.isThrottled('a')).toBe(true);
    expect(throttle.isThrottled('b')).toBe(false);
    now = 1_001;
    expect(throttle.isThrottled('a')).toBe(false);
  });
});

describe('sandbox bank', () => {
  it('answers 429 to a client after repeated wrong secrets, even with the right one', async () => {
    const grant = { grant_type: 'refresh_token', refresh_token: 'none' };
    for (let i = 0; i < 10; i++) expect((await postToken(sandbox.url, grant, { id: cashlensClient.clientId, secret: `wrong-${i}` })).status).toBe(401);
    const locked = await postToken(sandbox.url, grant, { id: cashlensClient.clientId, secret: cashlensClient.clientSecret });
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ error: 'invalid_client' });
  });

  it('stops checking a customer’s password after repeated wrong ones; other customers sign in', async () => {
    const config = await discoverClient(sandbox.url);
    const browser = new TestBrowser(sandbox.url);
    let page = expectPage(await browser.get((await startAuthorization(config)).url.href));
    for (let i = 0; i < 5; i++) page = expectPage(await browser.submit(page, { action: '/login', set: { username: 'fraud', password: `guess-${i}` } }));
    const refused = expectPage(await browser.submit(page, { action: '/login', set: { username: 'fraud', password: 'sandbox-fraud' } }));
    expect(refused.html).toContain('Too many');
    const other = expectPage(await browser.submit(refused, { action: '/login', set: { username: 'single', password: 'sandbox-single' } }));
    expect(other.html).toContain('Share your accounts with Cashlens');
  });
});
