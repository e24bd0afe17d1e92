import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER, installClientAddressHeader } from './client-address';

// The hook on a real HTTP server on loopback: what a handler sees is decided by the server.

let server: http.Server;
let port = 0;

beforeAll(async () => {
  installClientAddressHeader(['10.0.0.0/8']); // loopback is not a trusted proxy here
  server = http.createServer((request, response) => response.end(String(request.headers[CLIENT_ADDRESS_HEADER])));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => server?.close());

async function seenAddress(headers: Record<string, string>): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/`, { headers });
  return response.text();
}

describe('client address header', () => {
  it('is the socket peer when it is no trusted proxy, whatever the client sends', async () => {
    expect(await seenAddress({})).toBe('127.0.0.1');
    expect(await seenAddress({ 'x-forwarded-for': '203.0.113.5' })).toBe('127.0.0.1');
    expect(await seenAddress({ [CLIENT_ADDRESS_HEADER]: '203.0.113.5' })).toBe('127.0.0.1');
  });
});
