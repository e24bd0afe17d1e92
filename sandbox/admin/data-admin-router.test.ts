import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toDayNumber } from '../data/calendar.js';
import { startTestServer, type TestServer } from '../fdx/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('data admin router', () => {
  it('requires the admin header', async () => {
    expect((await fetch(`${server.url}/sandbox/admin/clock`)).status).toBe(401);
    expect((await fetch(`${server.url}/sandbox/admin/clock`, { headers: { 'x-sandbox-admin': 'wrong' } })).status).toBe(401);
  });

  it('advances the clock and persists the offset in SANDBOX_DATA_DIR', async () => {
    expect(((await (await server.admin('POST', '/clock/reset')).json()) as { offsetDays: number }).offsetDays).toBe(0);
    const before = (await (await server.admin('GET', '/clock')).json()) as { now: string; offsetDays: number };
    expect(before.offsetDays).toBe(0);
    const after = (await (await server.admin('POST', '/clock/advance', { days: 3 })).json()) as { now: string; offsetDays: number };
    expect(after.offsetDays).toBe(3);
    expect(toDayNumber(new Date(after.now)) - toDayNumber(new Date(before.now))).toBeGreaterThanOrEqual(3);
    const file = path.join(process.env.SANDBOX_DATA_DIR!, 'clock.json');
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).offsetDays).toBe(3);
    expect(((await (await server.admin('POST', '/clock/reset')).json()) as { offsetDays: number }).offsetDays).toBe(0);
  });

  it('sets the clock to an instant that then keeps running, and persists it', async () => {
    const set = (await (await server.admin('POST', '/clock/set', { now: '2028-02-29T23:59:30Z' })).json()) as { now: string; offsetMs: number };
    expect(Date.parse(set.now) - Date.parse('2028-02-29T23:59:30Z')).toBeGreaterThanOrEqual(0);
    expect(Date.parse(set.now) - Date.parse('2028-02-29T23:59:30Z')).toBeLessThan(5_000);
    const file = path.join(process.env.SANDBOX_DATA_DIR!, 'clock.json');
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).offsetMs).toBe(set.offsetMs);
    // A pinned bank serves the data of its own date, whatever the real date is.
    const customer = (await (await server.fdx('/accounts/acc-okafor-card/contact', 'token-okafor')).json()) as { holders: { name: { last: string } }[] };
    expect(customer.holders[0]!.name.last).toBe('Whitfield');
    await server.admin('POST', '/clock/set', { now: '2026-09-13T12:00:00+00:00' });
    const before = (await (await server.fdx('/accounts/acc-okafor-card/contact', 'token-okafor')).json()) as { holders: { name: { last: string } }[] };
    expect(before.holders[0]!.name.last).toBe('Okafor');
    expect(((await (await server.admin('POST', '/clock/reset')).json()) as { offsetMs: number }).offsetMs).toBe(0);
  });

  it('answers the days each scenario happens on, from the generator itself', async () => {
    const ask = async (query: string) => (await (await server.admin('GET', `/scenarios?${query}`)).json()) as { days: { day: string; kind: string; accountId: string }[] };
    const large = await ask('kind=large_charge&from=2026-01-01&to=2026-12-31');
    expect(large.days.map((d) => d.day)).toEqual(['2026-04-30', '2026-10-27']);
    expect((await ask('kind=holder_change&from=2026-01-01&to=2026-12-31')).days).toEqual([{ kind: 'holder_change', day: '2026-09-14', accountId: 'acc-okafor-card' }]);
    expect((await ask('kind=new_merchant&from=2025-03-01&to=2026-12-31')).days.length).toBeGreaterThan(0);
    // A day listed for a large charge serves it: the charge is there, pending, on that very day.
    const [day] = large.days;
    await server.admin('POST', '/clock/set', { now: `${day!.day}T18:00:00Z` });
    try {
      const page = (await (await server.fdx(`/accounts/acc-okafor-card/transactions?startTime=${day!.day}&endTime=${day!.day}`, 'token-okafor')).json()) as { transactions: Record<string, { amount: number; status: string; description: string }>[] };
      const items = page.transactions.map((wrapper) => Object.values(wrapper)[0]!);
      expect(items.filter((item) => item.amount >= 6_400 && item.status === 'PENDING').map((item) => item.description)).toEqual(['LUXE TIMEPIECES INTL NEW YORK NY']);
    } finally {
      await server.admin('POST', '/clock/reset');
    }
  });

  it('rejects bad bodies with 400', async () => {
    expect((await server.admin('POST', '/clock/set', { now: '2028-02-30T00:00:00Z' })).status).toBe(400);
    expect((await server.admin('POST', '/clock/set', { now: '2028-02-01T00:00:00' })).status).toBe(400);
    expect((await server.admin('POST', '/clock/set', { now: '1999-12-31T00:00:00Z' })).status).toBe(400);
    expect((await server.admin('GET', '/scenarios?kind=meteor&from=2026-01-01&to=2026-02-01')).status).toBe(400);
    expect((await server.admin('GET', '/scenarios?kind=card_testing&from=2026-02-01&to=2026-01-01')).status).toBe(400);
    expect((await server.admin('GET', '/scenarios?kind=card_testing&from=2000-01-01&to=2026-01-01')).status).toBe(400);
    expect((await server.admin('POST', '/clock/advance', { days: 1.5 })).status).toBe(400);
    expect((await server.admin('POST', '/clock/advance', { weeks: 1 })).status).toBe(400);
    expect((await fetch(`${server.url}/sandbox/admin/clock/advance`, { method: 'POST', headers: { 'x-sandbox-admin': 'sandbox-admin' }, body: '{not json' })).status).toBe(400);
    expect((await server.admin('POST', '/faults', { kind: 'meteor_strike' })).status).toBe(400);
    expect((await server.admin('POST', '/faults', { kind: 'error_burst', status: 418 })).status).toBe(400);
  });
});
