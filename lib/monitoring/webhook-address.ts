import ipaddr from 'ipaddr.js';

// Which webhook addresses Cashlens may call. The address is typed by a user, so it must not
// reach this machine's or the private network's services (databases, cloud metadata at
// 169.254.169.254, admin consoles): only public unicast addresses, over https. In local
// development plain http to loopback is allowed too, for a test receiver on this machine.
// The same check runs on every resolved address of every hop (./webhook-request.ts).

/** Local development: NODE_ENV is not 'production' (next dev, tests). */
export function allowsLocalWebhooks(): boolean {
  return process.env.NODE_ENV !== 'production';
}

/** Why an IP address may not be called, or null when it may. IPv4-mapped IPv6 counts as IPv4. */
export function checkWebhookAddress(address: string, allowLocal: boolean): string | null {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  const range = ipaddr.process(address).range();
  if (range === 'unicast' || (allowLocal && range === 'loopback')) return null;
  return `${address} is a ${range} address, not a public one`;
}

/** Why a URL may not be used as a webhook before any DNS lookup, or null when it may. */
export function checkWebhookUrl(url: URL, allowLocal: boolean): string | null {
  if (url.username || url.password) return 'the address must not contain a user name or password';
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const literal = ipaddr.isValid(host);
  const loopbackName = host === 'localhost' || host.endsWith('.localhost');
  const loopback = loopbackName || (literal && ipaddr.process(host).range() === 'loopback');
  if (url.protocol !== 'https:' && !(allowLocal && url.protocol === 'http:' && loopback)) return 'only https:// addresses are allowed (plain http:// only to this machine, in development)';
  if (literal) return checkWebhookAddress(host, allowLocal);
  if (!allowLocal && loopbackName) return 'localhost is not a public address';
  return null;
}
