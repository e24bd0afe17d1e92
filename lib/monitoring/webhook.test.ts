import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import type { AlertDraft } from './types';
import { queueWebhookDelivery, settleWebhookDeliveries } from './webhook';

// A webhook that answers, one that refuses, and one that hangs: the caller never waits, every
// outcome is recorded, and the body is signed.

let database: TestDatabase;
let server: http.Server;
let base = '';
const received: { body: string; signature: string }[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      if (request.url === '/hang') return; // never answers
      received.push({ body, signature: String(request.headers['cashlens-signature']) });
      response.writeHead(request.url === '/ok' ? 204 : 500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.closeAllConnections();
  server?.close();
  await database?.drop();
});

const alert: AlertDraft = {
  kind: 'duplicate', severity: 'medium', title: 'Possible duplicate', explanation: 'Twice.', accountId: 'a', transactionId: 't', amountMinor: -14_999n, currency: 'USD', occurredAt: new Date('2026-02-01T10:00:00Z'), dedupeKey: 'k',
};

describe('webhook delivery', () => {
  it('returns at once, signs the body and records delivered, failed and timed-out deliveries', async () => {
    const started = Date.now();
    for (const path of ['/ok', '/fail', '/hang']) queueWebhookDelivery(database.db, { workspaceId: 'u1', url: `${base}${path}`, secret: 'whsec_test' }, [alert]);
    expect(Date.now() - started).toBeLessThan(100);
    await settleWebhookDeliveries();
    const rows = await database.db.webhookDelivery.findMany({ where: { workspaceId: 'u1' } });
    const byPath = Object.fromEntries(rows.map((row) => [new URL(row.url).pathname, row]));
    expect(byPath['/ok']).toMatchObject({ status: 'delivered', responseStatus: 204, alertCount: 1 });
    expect(byPath['/fail']).toMatchObject({ status: 'failed', responseStatus: 500, error: 'HTTP 500' });
    expect(byPath['/hang']).toMatchObject({ status: 'failed', error: 'no answer within 5 s' });
    const ok = received[0]!;
    const [t, v1] = ok.signature.split(',').map((part) => part.split('=')[1]);
    expect(v1).toBe(createHmac('sha256', 'whsec_test').update(`${t}.${ok.body}`).digest('hex'));
    expect(JSON.parse(ok.body)).toMatchObject({ type: 'alerts.created', alerts: [{ kind: 'duplicate', amountMinor: '-14999' }] });
  }, 20_000);
});
