import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BankHttpError, BankTimeoutError, BankUnavailableError } from './errors';
import { breakerStatus, parseRetryAfter, resetCircuitBreakers, resilientFetch } from './resilient-fetch';

// A real HTTP server whose next answers are scripted per test.
type Scripted = { status: number; headers?: Record<string, string>; body?: string; delayMs?: number };
let script: Scripted[] = [];
let hits: number[] = [];
let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(Date.now());
    const next = script.shift() ?? { status: 200, body: 'ok' };
    setTimeout(() => {
      res.writeHead(next.status, next.headers);
      res.end(next.body ?? '');
    }, next.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  script = [];
  hits = [];
  resetCircuitBreakers();
});

const fast = { baseDelayMs: 5, maxDelayMs: 20 };
const read = (key = 'bank', extra = {}) => resilientFetch(`${base}/x`, {}, { idempotent: true, breakerKey: key, retry: fast, ...extra });

describe('resilientFetch', () => {
  it('retries a read through 500 and 502 and returns the body', async () => {
    script = [{ status: 500 }, { status: 502 }, { status: 200, body: 'hello' }];
    const response = await read();
    expect(await response.text()).toBe('hello');
    expect(hits).toHaveLength(3);
  });

  it('gives up after maxAttempts with the last status', async () => {
    script = Array.from({ length: 4 }, () => ({ status: 500 }));
    await expect(read()).rejects.toMatchObject({ name: 'BankHttpError', status: 500 });
    expect(hits).toHaveLength(4);
  });

  it('waits out Retry-After on 429', async () => {
    script = [{ status: 429, headers: { 'retry-after': '1' } }, { status: 200 }];
    await read();
    expect(hits).toHaveLength(2);
    expect(hits[1]! - hits[0]!).toBeGreaterThanOrEqual(950);
  });

  it('waits out Retry-After on 503 as an HTTP date', async () => {
    script = [{ status: 503, headers: { 'retry-after': new Date(Date.now() + 2000).toUTCString() } }, { status: 200 }];
    await read();
    expect(hits[1]! - hits[0]!).toBeGreaterThanOrEqual(900);
  });

  it('does not wait in-line for a Retry-After beyond the limit', async () => {
    script = [{ status: 429, headers: { 'retry-after': '3600' } }];
    const error = await read('bank', { retry: { ...fast, maxRetryAfterMs: 10_000 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BankHttpError);
    expect((error as BankHttpError).retryAfterMs).toBe(3_600_000);
    expect(hits).toHaveLength(1);
  });

  it.each([400, 401, 403, 404, 422])('never retries a %i', async (status) => {
    script = [{ status, body: '{"error":"invalid_grant"}' }];
    const error = await read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BankHttpError);
    expect((error as BankHttpError).bodyText).toContain('invalid_grant');
    expect(hits).toHaveLength(1);
  });

  it('never retries a non-idempotent call', async () => {
    script = [{ status: 503 }, { status: 200 }];
    const call = resilientFetch(`${base}/token`, { method: 'POST' }, { idempotent: false, breakerKey: 'bank', retry: fast });
    await expect(call).rejects.toMatchObject({ status: 503 });
    expect(hits).toHaveLength(1);
  });

  it('times out a slow answer', async () => {
    script = [{ status: 200, delayMs: 500 }];
    const call = resilientFetch(`${base}/x`, {}, { idempotent: false, breakerKey: 'bank', timeoutMs: 100 });
    await expect(call).rejects.toBeInstanceOf(BankTimeoutError);
  });

  it('retries a read that timed out', async () => {
    script = [{ status: 200, delayMs: 400 }, { status: 200, body: 'second' }];
    const response = await read('bank', { timeoutMs: 150 });
    expect(await response.text()).toBe('second');
  });

  it('opens the breaker after a 503 storm, refuses calls, then half-opens after the cool-down', async () => {
    const breaker = { failureThreshold: 5, cooldownMs: 300 };
    script = Array.from({ length: 20 }, () => ({ status: 503 }));
    const first = await read('storm', { breaker }).catch((e: unknown) => e);
    const second = await read('storm', { breaker }).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(BankHttpError);
    // The storm opened the breaker partway through the second call's retries.
    expect(second).toBeInstanceOf(BankUnavailableError);
    expect((second as Error).message).toBe('bank unavailable');
    expect(hits).toHaveLength(5);
    expect(breakerStatus('storm')).toBe('open');

    await expect(read('storm', { breaker })).rejects.toBeInstanceOf(BankUnavailableError);
    expect(hits).toHaveLength(5); // refused without calling the bank
    // Another bank is not affected.
    script = [{ status: 200 }];
    await expect(read('other-bank', { breaker })).resolves.toBeInstanceOf(Response);

    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(breakerStatus('storm')).toBe('half-open');
    script = [{ status: 200, body: 'recovered' }];
    expect(await (await read('storm', { breaker })).text()).toBe('recovered');
    expect(breakerStatus('storm')).toBe('closed');
  });

  it('reopens when the half-open probe fails', async () => {
    const breaker = { failureThreshold: 2, cooldownMs: 100 };
    script = [{ status: 500 }, { status: 500 }];
    await read('probe', { breaker, retry: { ...fast, maxAttempts: 2 } }).catch(() => {});
    expect(breakerStatus('probe')).toBe('open');
    await new Promise((resolve) => setTimeout(resolve, 120));
    script = [{ status: 500 }];
    await expect(read('probe', { breaker, retry: { ...fast, maxAttempts: 1 } })).rejects.toBeInstanceOf(BankUnavailableError);
    expect(hits).toHaveLength(3); // the probe went out once
    expect(breakerStatus('probe')).toBe('open');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and dates', () => {
    expect(parseRetryAfter('5')).toBe(5000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });
});
