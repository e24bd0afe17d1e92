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
    const before = (await (await server.admin('GET', '/clock')).json()) as { now: string; offsetDays: number };
    expect(before.offsetDays).toBe(0);
    const after = (await (await server.admin('POST', '/clock/advance', { days: 3 })).json()) as { now: string; offsetDays: number };
    expect(after.offsetDays).toBe(3);
    expect(toDayNumber(new Date(after.now)) - toDayNumber(new Date(before.now))).toBeGreaterThanOrEqual(3);
    const file = path.join(process.env.SANDBOX_DATA_DIR!, 'clock.json');
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).offsetDays).toBe(3);
    expect(((await (await server.admin('POST', '/clock/reset')).json()) as { offsetDays: number }).offsetDays).toBe(0);
  });

  it('rejects bad bodies with 400', async () => {
    expect((await server.admin('POST', '/clock/advance', { days: 1.5 })).status).toBe(400);
    expect((await server.admin('POST', '/clock/advance', { weeks: 1 })).status).toBe(400);
    expect((await fetch(`${server.url}/sandbox/admin/clock/advance`, { method: 'POST', headers: { 'x-sandbox-admin': 'sandbox-admin' }, body: '{not json' })).status).toBe(400);
    expect((await server.admin('POST', '/faults', { kind: 'meteor_strike' })).status).toBe(400);
    expect((await server.admin('POST', '/faults', { kind: 'error_burst', status: 418 })).status).toBe(400);
  });
});
