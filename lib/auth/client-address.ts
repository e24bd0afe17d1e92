import http from 'node:http';
import ipaddr from 'ipaddr.js';
import { env } from '@/lib/env';

// The client's address for sign-in limits. Route handlers only see a Web Request, and Next fills
// in X-Forwarded-For from the socket only when the client sent none, so that header alone is
// whatever the client chose. The server's own request hook (installClientAddressHeader, called
// from instrumentation.ts) decides the address from the socket peer and overwrites
// CLIENT_ADDRESS_HEADER; X-Forwarded-For is believed only hop by hop from proxies listed in
// TRUSTED_PROXIES (comma-separated addresses or CIDR ranges; default: loopback only).

export const CLIENT_ADDRESS_HEADER = 'x-cashlens-client-address';
const DEFAULT_TRUSTED = ['127.0.0.0/8', '::1/128'];

function parseRange(text: string): [ipaddr.IPv4 | ipaddr.IPv6, number] | null {
  const value = text.trim();
  try {
    if (value.includes('/')) return ipaddr.parseCIDR(value);
    const address = ipaddr.parse(value);
    return [address, address.kind() === 'ipv4' ? 32 : 128];
  } catch {
    return null;
  }
}

function normalize(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  return ipaddr.isValid(address) ? ipaddr.process(address) : null;
}

function isTrusted(address: ipaddr.IPv4 | ipaddr.IPv6, ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][]): boolean {
  return ranges.some(([range, bits]) => range.kind() === address.kind() && address.match(range, bits));
}

/** The client's address: the peer, or, through trusted proxies, the rightmost untrusted X-Forwarded-For hop. */
export function resolveClientAddress(peer: string | undefined, forwardedFor: string | undefined, trustedProxies: string[]): string {
  const ranges = trustedProxies.map(parseRange).filter((range) => range !== null);
  let client = peer ? normalize(peer) : null;
  if (!client) return 'unknown';
  const hops = (forwardedFor ?? '').split(',').map((hop) => hop.trim()).filter(Boolean);
  while (isTrusted(client, ranges) && hops.length > 0) {
    const next = normalize(hops.pop()!);
    if (!next) break; // a hop that is not an address ends what can be believed
    client = next;
  }
  return client.toString();
}

export function readTrustedProxies(): string[] {
  const configured = env().TRUSTED_PROXIES?.split(',').map((part) => part.trim()).filter(Boolean);
  return configured?.length ? configured : DEFAULT_TRUSTED;
}

let installed = false;

/** Makes every request carry the server-determined client address (and drops a client-sent one). */
export function installClientAddressHeader(trustedProxies = readTrustedProxies()): void {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithClientAddress(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage;
      const forwarded = request.headers['x-forwarded-for'];
      request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(request.socket.remoteAddress, Array.isArray(forwarded) ? forwarded.join(',') : forwarded, trustedProxies);
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  };
}
