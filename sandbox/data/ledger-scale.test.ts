import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../fdx/test-server.js';
import { ledgerWork, resetLedgerWork } from './ledger-day.js';

// A million-transaction business account: a deep page must cost the page, not
// the history. Checked by counting generated events, never by timing.

let server: TestServer;
beforeAll(async () => {
  process.env.SANDBOX_BUSINESS_TRANSACTIONS = '1100000';
  server = await startTestServer();
});
afterAll(async () => {
  delete process.env.SANDBOX_BUSINESS_TRANSACTIONS;
  await server.close();
});

type Page = { page: { totalElements: number; nextOffset?: string }; transactions: Array<{ depositTransaction: { transactionId: string; transactionTimestamp: string } }> };

describe('large-scale business history', () => {
  it('serves page 900 of a million-transaction account without generating the rest', async () => {
    const before = process.memoryUsage().heapUsed;
    resetLedgerWork();
    const response = await server.fdx('/accounts/acc-harbor-checking/transactions?limit=1000&offset=899000', 'token-harbor');
    expect(response.status).toBe(200);
    const body = (await response.json()) as Page;
    expect(body.page.totalElements).toBeGreaterThan(1_000_000);
    expect(body.transactions).toHaveLength(1000);
    expect(body.page.nextOffset).toBe('900000');
    // Only the page's own deposits were generated; days were planned once each
    // for the count index (a few scheduled items per day, no deposits).
    expect(ledgerWork.bulkEventsGenerated).toBeLessThanOrEqual(1000);
    expect(ledgerWork.daysPlanned).toBeLessThan(4_000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(150 * 1024 * 1024);

    resetLedgerWork();
    const again = (await (await server.fdx('/accounts/acc-harbor-checking/transactions?limit=1000&offset=450000', 'token-harbor')).json()) as Page;
    expect(again.transactions).toHaveLength(1000);
    expect(ledgerWork.bulkEventsGenerated).toBeLessThanOrEqual(1000);
    // The per-day count index is cached: the second deep page plans (almost) no days.
    expect(ledgerWork.daysPlanned).toBeLessThan(50);
  });

  it('pages join up exactly across a busy stretch', async () => {
    const window = 'startTime=2025-12-01&endTime=2025-12-14';
    const whole = (await (await server.fdx(`/accounts/acc-harbor-checking/transactions?${window}&limit=1000`, 'token-harbor')).json()) as Page;
    const total = whole.page.totalElements;
    expect(total).toBeGreaterThan(1000);
    const ids: string[] = [];
    let offset: string | undefined = '0';
    while (offset !== undefined) {
      const page = (await (await server.fdx(`/accounts/acc-harbor-checking/transactions?${window}&limit=333&offset=${offset}`, 'token-harbor')).json()) as Page;
      ids.push(...page.transactions.map((item) => item.depositTransaction.transactionId));
      offset = page.page.nextOffset;
    }
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    const stamps = whole.transactions.map((item) => item.depositTransaction.transactionTimestamp);
    expect([...stamps].sort()).toEqual(stamps);
  });
});
