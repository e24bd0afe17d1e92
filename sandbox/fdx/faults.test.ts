import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.admin('DELETE', '/faults');
});
afterAll(async () => {
  await server.close();
});

const txns = '/accounts/acc-rivera-checking/transactions?startTime=2025-01-01&endTime=2025-03-31&limit=20';

describe('armed faults', () => {
  it('rate_limit answers 429 with Retry-After for the next N requests', async () => {
    expect((await server.admin('POST', '/faults', { kind: 'rate_limit', count: 2, retryAfterSeconds: 7 })).status).toBe(201);
    for (let n = 0; n < 2; n++) {
      const response = await server.fdx('/accounts', 'token-rivera');
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('7');
    }
    expect((await server.fdx('/accounts', 'token-rivera')).status).toBe(200);
  });

  it('error_burst returns 503 and can be scoped to one customer', async () => {
    await server.admin('POST', '/faults', { kind: 'error_burst', count: 1, status: 503, customerId: 'cust-business-harbor' });
    expect((await server.fdx('/accounts', 'token-rivera')).status).toBe(200);
    const failed = await server.fdx('/accounts', 'token-harbor');
    expect(failed.status).toBe(503);
    expect(((await failed.json()) as { code: number }).code).toBe(501);
    expect((await server.fdx('/accounts', 'token-harbor')).status).toBe(200);
  });

  it('slow delays the next request', async () => {
    await server.admin('POST', '/faults', { kind: 'slow', count: 1, delayMs: 300 });
    const started = Date.now();
    expect((await server.fdx('/accounts', 'token-rivera')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('malformed_page breaks the next transactions page (JSON or shape)', async () => {
    await server.admin('POST', '/faults', { kind: 'malformed_page' });
    const broken = await server.fdx(txns, 'token-rivera');
    expect(broken.status).toBe(200);
    await expect(broken.json()).rejects.toThrow();
    await server.admin('POST', '/faults', { kind: 'malformed_page', variant: 'invalid_shape' });
    const shaped = (await (await server.fdx(txns, 'token-rivera')).json()) as { transactions: unknown };
    expect(Array.isArray(shaped.transactions)).toBe(false);
    expect(Array.isArray(((await (await server.fdx(txns, 'token-rivera')).json()) as { transactions: unknown }).transactions)).toBe(true);
  });

  it('repeat_page serves the previous page again with the next offset', async () => {
    const first = (await (await server.fdx(txns, 'token-rivera')).json()) as { page: { nextOffset: string }; transactions: unknown[] };
    await server.admin('POST', '/faults', { kind: 'repeat_page' });
    const second = (await (await server.fdx(`${txns}&offset=${first.page.nextOffset}`, 'token-rivera')).json()) as { page: { nextOffset: string }; transactions: unknown[] };
    expect(second.transactions).toEqual(first.transactions);
    expect(Number(second.page.nextOffset)).toBe(40);
    const third = (await (await server.fdx(`${txns}&offset=${first.page.nextOffset}`, 'token-rivera')).json()) as { transactions: unknown[] };
    expect(third.transactions).not.toEqual(first.transactions);
  });

  it('DELETE clears armed faults', async () => {
    await server.admin('POST', '/faults', { kind: 'rate_limit', count: 5 });
    expect(((await (await server.admin('GET', '/faults')).json()) as { faults: unknown[] }).faults).toHaveLength(1);
    await server.admin('DELETE', '/faults');
    expect((await server.fdx('/accounts', 'token-rivera')).status).toBe(200);
  });
});
