import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatIsoDay, toDayNumber } from '../data/calendar.js';
import { startTestServer, TEST_SERVER_NOW, type TestServer } from './test-server.js';

type TxnPage = { page: { nextOffset?: string; totalElements?: number }; links: { next?: { href: string } }; transactions: Array<Record<string, Record<string, unknown>>> };
const unwrap = (item: Record<string, Record<string, unknown>>) => Object.values(item)[0]!;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function walk(path: string, token: string): Promise<Array<Record<string, unknown>>> {
  const seen: Array<Record<string, unknown>> = [];
  let next: string | undefined = path;
  while (next) {
    const response = await server.fdx(next, token);
    expect(response.status).toBe(200);
    const body = (await response.json()) as TxnPage;
    seen.push(...body.transactions.map(unwrap));
    const offset = body.page.nextOffset;
    next = offset ? `${path}${path.includes('?') ? '&' : '?'}offset=${offset}` : undefined;
    if (offset) expect(body.links.next?.href).toContain(`offset=${offset}`);
  }
  return seen;
}

describe('FDX v4 router', () => {
  it('answers ping without a token and 401 with an FDX error for unknown tokens', async () => {
    expect(await (await server.fdx('/ping')).json()).toEqual({ status: 'ok' });
    const response = await server.fdx('/accounts', 'nope');
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ code: 603, message: expect.any(String) });
    expect((await server.fdx('/accounts')).status).toBe(401);
  });

  it('only shows accounts in the grant', async () => {
    const list = (await (await server.fdx('/accounts', 'token-rivera-checking-only')).json()) as { accounts: unknown[] };
    expect(list.accounts).toHaveLength(1);
    const hidden = await server.fdx('/accounts/acc-rivera-savings/transactions', 'token-rivera-checking-only');
    expect(hidden.status).toBe(404);
    expect(((await hidden.json()) as { code: number }).code).toBe(701);
    expect((await server.fdx('/accounts/acc-harbor-checking', 'token-rivera')).status).toBe(404);
  });

  it('rejects bad dates and paging with 400 FDX errors', async () => {
    for (const query of ['startTime=2025-13-40', 'endTime=yesterday', 'startTime=2025-05-02&endTime=2025-05-01', 'limit=0', 'limit=5000', 'limit=abc', 'offset=-3', 'offset=xyz']) {
      const response = await server.fdx(`/accounts/acc-rivera-checking/transactions?${query}`, 'token-rivera');
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { code: number; message: string };
      expect(typeof body.code).toBe('number');
      expect(body.message).toBeTruthy();
    }
    expect((await server.fdx('/accounts?resultType=everything', 'token-rivera')).status).toBe(400);
  });

  it('walks every page exactly once, in a stable order', async () => {
    const items = await walk('/accounts/acc-rivera-card/transactions?startTime=2025-01-01&endTime=2025-06-30&limit=37', 'token-rivera');
    const ids = items.map((item) => item.transactionId);
    expect(ids.length).toBeGreaterThan(300);
    expect(new Set(ids).size).toBe(ids.length);
    const single = (await (await server.fdx('/accounts/acc-rivera-card/transactions?startTime=2025-01-01&endTime=2025-06-30&limit=1000', 'token-rivera')).json()) as TxnPage;
    expect(single.transactions.map((item) => unwrap(item).transactionId)).toEqual(ids);
    expect(single.page.nextOffset).toBeUndefined();
    for (const item of items) {
      const posted = String(item.postedTimestamp).slice(0, 10);
      expect(posted >= '2025-01-01' && posted <= '2025-06-30').toBe(true);
      expect(Number.isInteger(Math.round((item.amount as number) * 100))).toBe(true);
      expect(item.amount as number).toBeGreaterThan(0);
    }
  });

  it('is deterministic per seed and changes with the seed', async () => {
    const path = '/accounts/acc-rivera-checking/transactions?startTime=2024-03-01&endTime=2024-04-30&limit=50';
    const first = await (await server.fdx(path, 'token-rivera')).text();
    expect(await (await server.fdx(path, 'token-rivera')).text()).toBe(first);
    process.env.SANDBOX_SEED = 'another-seed';
    try {
      expect(await (await server.fdx(path, 'token-rivera')).text()).not.toBe(first);
    } finally {
      delete process.env.SANDBOX_SEED;
    }
    expect(await (await server.fdx(path, 'token-rivera')).text()).toBe(first);
  });

  it('posts pending transactions under a new id after the clock advances', async () => {
    const recent = (await (await server.fdx('/accounts/acc-rivera-card/transactions?limit=1000&startTime=' + formatIsoDay(toDayNumber(new Date(TEST_SERVER_NOW)) - 20), 'token-rivera')).json()) as TxnPage;
    const pending = recent.transactions.map(unwrap).filter((item) => item.status === 'PENDING');
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((item) => item.postedTimestamp === undefined)).toBe(true);
    expect((await server.admin('POST', '/clock/advance', { days: 6 })).status).toBe(200);
    try {
      const later = (await (await server.fdx('/accounts/acc-rivera-card/transactions?limit=1000&startTime=' + formatIsoDay(toDayNumber(new Date(TEST_SERVER_NOW)) - 20), 'token-rivera')).json()) as TxnPage;
      const laterItems = later.transactions.map(unwrap);
      const laterIds = new Set(laterItems.map((item) => item.transactionId));
      for (const item of pending) expect(laterIds.has(item.transactionId)).toBe(false);
      const postedFromPending = laterItems.filter((item) => pending.some((p) => p.transactionId === item.referenceTransactionId));
      expect(postedFromPending.length).toBeGreaterThan(0);
      expect(postedFromPending.every((item) => item.status === 'POSTED' && item.transactionId !== item.referenceTransactionId)).toBe(true);
    } finally {
      await server.admin('POST', '/clock/advance', { days: -6 });
    }
  });

  it('carries the fraud scenarios and the holder change', async () => {
    const items = await walk('/accounts/acc-okafor-card/transactions?limit=1000', 'token-okafor');
    const tiny = items.filter((item) => (item.amount as number) < 2 && item.category === '5999');
    expect(tiny.length).toBeGreaterThanOrEqual(14);
    expect(items.some((item) => (item.amount as number) > 5000)).toBe(true);
    expect(items.some((item) => item.foreignCurrency === 'MXN' && typeof item.foreignAmount === 'number')).toBe(true);
    const bestBuy = items.filter((item) => String(item.description).startsWith('BEST BUY') && item.status === 'POSTED');
    const dupes = bestBuy.filter((a) => bestBuy.some((b) => b !== a && b.amount === a.amount && Math.abs(Date.parse(String(b.transactionTimestamp)) - Date.parse(String(a.transactionTimestamp))) < 600_000));
    expect(dupes.length).toBeGreaterThanOrEqual(2);
    const contact = (await (await server.fdx('/accounts/acc-okafor-card/contact', 'token-okafor')).json()) as { holders: Array<{ name: { last: string } }> };
    expect(contact.holders[0]?.name.last).toBe('Whitfield'); // the bank's today is after the change of 2026-09-14
  });

  it('returns joint holders with middle names and deposit payment networks', async () => {
    const contact = (await (await server.fdx('/accounts/acc-rivera-checking/contact', 'token-rivera')).json()) as { holders: Array<{ name: { middle?: string }; relationship: string }> };
    expect(contact.holders.map((holder) => holder.relationship)).toEqual(['PRIMARY_JOINT', 'SECONDARY_JOINT']);
    expect(contact.holders.every((holder) => holder.name.middle)).toBe(true);
    const networks = (await (await server.fdx('/accounts/acc-rivera-checking/payment-networks', 'token-rivera')).json()) as { paymentNetworks: Array<{ bankId: string; identifier: string }> };
    expect(networks.paymentNetworks[0]).toMatchObject({ bankId: '071000013', identifier: expect.stringMatching(/4821$/) });
  });

  it('answers payment networks for a card or loan with an FDX error, not an empty object', async () => {
    for (const accountId of ['acc-rivera-card', 'acc-rivera-mortgage']) {
      const response = await server.fdx(`/accounts/${accountId}/payment-networks`, 'token-rivera');
      expect(response.status, accountId).toBe(400);
      expect(await response.json()).toEqual({ code: 706, message: expect.stringMatching(/payment networks/i) });
    }
  });

  it('marks every FDX answer, errors included, as not to be stored', async () => {
    for (const [path, token] of [['/accounts', 'token-rivera'], ['/accounts/acc-rivera-checking/transactions?limit=1', 'token-rivera'], ['/accounts', 'nope'], ['/accounts/acc-harbor-checking', 'token-rivera']] as const) {
      const response = await server.fdx(path, token);
      expect(response.headers.get('cache-control'), path).toBe('no-store');
    }
  });

  it('serves statements as real PDFs', async () => {
    const list = (await (await server.fdx('/accounts/acc-rivera-checking/statements', 'token-rivera')).json()) as { statements: Array<{ statementId: string }> };
    expect(list.statements.length).toBeGreaterThan(12);
    const response = await server.fdx(`/accounts/acc-rivera-checking/statements/${list.statements[0]!.statementId}`, 'token-rivera');
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await response.arrayBuffer()).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pdf).toContain('Opening balance');
    const xref = Number(/startxref\n(\d+)/.exec(pdf)?.[1]);
    expect(pdf.slice(xref, xref + 4)).toBe('xref');
    expect((await server.fdx('/accounts/acc-rivera-checking/statements/NOPE', 'token-rivera')).status).toBe(404);
  });

  it('keeps balances consistent with posted transactions', async () => {
    const details = (await (await server.fdx('/accounts/acc-rivera-savings', 'token-rivera')).json()) as { depositAccount: { currentBalance: number } };
    const items = await walk('/accounts/acc-rivera-savings/transactions?limit=1000', 'token-rivera');
    const net = items.filter((item) => item.status === 'POSTED').reduce((sum, item) => sum + Math.round((item.amount as number) * 100) * (item.debitCreditMemo === 'CREDIT' ? 1 : -1), 0);
    expect(Math.round(details.depositAccount.currentBalance * 100)).toBe(1_250_000 + net);
  });
});
