import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import type { AlertDraft } from './types';
import { webhookUrlSchema } from './settings-schema';
import { queueWebhookDelivery, settleWebhookDeliveries } from './webhook';
import { checkWebhookAddress } from './webhook-address';
import { postWebhook } from './webhook-request';

// The webhook address is typed by a user, so delivery must never reach this machine's or the
// network's private services. Every case here is refused before a connection is opened: the
// receiver on loopback counts connections, and the stub resolver answers what an attacker's DNS
// would. No traffic leaves loopback.

let database: TestDatabase;
let server: http.Server;
let port = 0;
let connections = 0;
const hits: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  server = http.createServer((request, response) => {
    hits.push(request.url ?? '');
    request.resume();
    if (request.url === '/to-ok') return response.writeHead(307, { location: '/ok' }).end();
    if (request.url === '/to-unspecified') return response.writeHead(307, { location: `http://0.0.0.0:${port}/ok` }).end();
    if (request.url === '/endless') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = 'x'.repeat(64 * 1024);
      const pump = () => { while (!response.destroyed && response.write(chunk)); };
      response.on('drain', pump);
      return pump();
    }
    response.writeHead(204).end();
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server?.closeAllConnections();
  server?.close();
  await database?.drop();
});

const alert: AlertDraft = {
  kind: 'duplicate', severity: 'medium', title: 'Possible duplicate', explanation: 'Twice.', accountId: 'a', transactionId: 't', amountMinor: -1n, currency: 'USD', occurredAt: new Date('2026-02-01T10:00:00Z'), dedupeKey: 'k',
};

async function deliverOnce(url: string, options: Parameters<typeof queueWebhookDelivery>[3]) {
  const workspaceId = `u${Math.random()}`;
  queueWebhookDelivery(database.db, { workspaceId, url, secret: 's' }, [alert], options);
  await settleWebhookDeliveries();
  return database.db.webhookDelivery.findFirstOrThrow({ where: { workspaceId } });
}

describe('webhook address guard (production rules)', () => {
  const resolvedTo = (address: string, family: 4 | 6 = 4) => {
    const asked: string[] = [];
    const resolve = async (hostname: string) => {
      asked.push(hostname);
      return [{ address, family }];
    };
    return { asked, resolve };
  };

  it('refuses plain http, loopback and IPv6-mapped loopback literals without connecting', async () => {
    const before = connections;
    for (const url of [`http://127.0.0.1:${port}/ok`, `https://127.0.0.1:${port}/ok`, `https://[::ffff:127.0.0.1]:${port}/ok`, `https://localhost:${port}/ok`]) {
      const row = await deliverOnce(url, { allowLocal: false });
      expect(row, url).toMatchObject({ status: 'failed' });
      expect(row.error, url).toMatch(/refused/);
    }
    expect(connections).toBe(before);
  });

  it('refuses a name that resolves to loopback, after asking DNS and before connecting', async () => {
    const before = connections;
    const dns = resolvedTo('127.0.0.1');
    const row = await deliverOnce(`https://hooks.example.test:${port}/ok`, { allowLocal: false, resolve: dns.resolve });
    expect(dns.asked).toEqual(['hooks.example.test']);
    expect(row).toMatchObject({ status: 'failed' });
    expect(row.error).toMatch(/refused/);
    expect(connections).toBe(before);
  });
});

describe('webhook delivery in local development', () => {
  it('follows a redirect on loopback, and refuses one to a forbidden address', async () => {
    hits.length = 0;
    expect(await deliverOnce(`http://127.0.0.1:${port}/to-ok`, { allowLocal: true })).toMatchObject({ status: 'delivered', responseStatus: 204 });
    const refused = await deliverOnce(`http://127.0.0.1:${port}/to-unspecified`, { allowLocal: true });
    expect(refused).toMatchObject({ status: 'failed' });
    expect(refused.error).toMatch(/refused/);
    expect(hits).toEqual(['/to-ok', '/ok', '/to-unspecified']);
  });

  it('reads at most a small part of an endless answer', async () => {
    const started = Date.now();
    expect(await deliverOnce(`http://127.0.0.1:${port}/endless`, { allowLocal: true })).toMatchObject({ status: 'delivered', responseStatus: 200 });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('which addresses a webhook may reach', () => {
  it('allows public unicast only, and loopback only in local development', () => {
    const refused = ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '255.255.255.255', '224.0.0.1',
      '::1', '::', 'fe80::1', 'fc00::1', 'fd12::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '::ffff:169.254.169.254', '2002:a00:1::', '64:ff9b::a00:1'];
    for (const address of refused) expect(checkWebhookAddress(address, false), address).toMatch(/not a public one/);
    for (const address of ['93.184.216.34', '2606:4700:4700::1111', '::ffff:93.184.216.34']) expect(checkWebhookAddress(address, false), address).toBeNull();
    expect(checkWebhookAddress('127.0.0.1', true)).toBeNull();
    expect(checkWebhookAddress('::ffff:127.0.0.1', true)).toBeNull();
    expect(checkWebhookAddress('10.0.0.1', true)).toMatch(/private/);
    expect(checkWebhookAddress('169.254.169.254', true)).toMatch(/linkLocal/);
  });

  it('refuses a name whose DNS answers include any private address, inside the lookup', async () => {
    for (const answers of [[{ address: '10.0.0.5', family: 4 }], [{ address: '93.184.216.34', family: 4 }, { address: '::ffff:169.254.169.254', family: 6 }]]) {
      const request = postWebhook('https://hooks.example.test/x', { headers: {}, body: '{}', allowLocal: false, timeoutMs: 1_000, resolve: async () => answers });
      await expect(request).rejects.toThrow(/refused: hooks.example.test resolves to/);
    }
  });

  it('refuses such addresses when the settings are saved', () => {
    for (const url of ['https://169.254.169.254/latest', 'https://[::ffff:10.0.0.1]/', 'https://10.0.0.1/', 'https://[fe80::1]/']) {
      expect(webhookUrlSchema.safeParse(url).success, url).toBe(false);
    }
    expect(webhookUrlSchema.safeParse('https://hooks.example.com/x').success).toBe(true);
  });
});
