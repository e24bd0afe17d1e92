import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { createDataAdminRouter } from '../admin/data-admin-router.js';
import { setSandboxClock } from '../clock.js';
import { createFdxRouter, FDX_PREFIX, type FdxGrant } from './router.js';

// A real Koa server on an ephemeral port for tests, with a fixed token table, and its clock pinned
// to TEST_SERVER_NOW so what it serves never depends on the date the tests run.

/** The bank's "now" when a test server starts: after the fraud customer's change of holder. */
export const TEST_SERVER_NOW = '2026-11-20T12:00:00.000Z';

export const TEST_GRANTS: Record<string, FdxGrant> = {
  'token-rivera': { customerId: 'cust-consumer-rivera', accountIds: ['acc-rivera-checking', 'acc-rivera-savings', 'acc-rivera-card', 'acc-rivera-mortgage', 'acc-rivera-brokerage'], clientId: 'test' },
  'token-rivera-checking-only': { customerId: 'cust-consumer-rivera', accountIds: ['acc-rivera-checking'], clientId: 'test' },
  'token-harbor': { customerId: 'cust-business-harbor', accountIds: ['acc-harbor-checking', 'acc-harbor-card', 'acc-harbor-loc'], clientId: 'test' },
  'token-okafor': { customerId: 'cust-fraud-okafor', accountIds: ['acc-okafor-checking', 'acc-okafor-card'], clientId: 'test' },
  'token-chen': { customerId: 'cust-consumer-chen', accountIds: ['acc-chen-checking'], clientId: 'test' },
};

export type TestServer = { url: string; fdx(pathAndQuery: string, token?: string): Promise<Response>; admin(method: string, pathName: string, body?: unknown): Promise<Response>; close(): Promise<void> };

export async function startTestServer(): Promise<TestServer> {
  process.env.SANDBOX_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-data-'));
  setSandboxClock(new Date(TEST_SERVER_NOW));
  const app = new Koa();
  const fdx = createFdxRouter({ resolveGrant: async (token) => TEST_GRANTS[token] ?? null });
  const admin = createDataAdminRouter();
  app.use(fdx.routes()).use(fdx.allowedMethods()).use(admin.routes());
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    fdx: (pathAndQuery, token) => fetch(`${url}${FDX_PREFIX}${pathAndQuery}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }),
    admin: (method, pathName, body) => fetch(`${url}/sandbox/admin${pathName}`, { method, headers: { 'x-sandbox-admin': 'sandbox-admin', 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
