import { decode as decodeJwe, encode as encodeJwe, type JWT, type JWTDecodeParams, type JWTEncodeParams } from 'next-auth/jwt';
import { BoundedLru } from '@/lib/page-cache/lru';

// Auth.js decodes the session cookie and encodes a refreshed one on every request that reads the
// session. Each costs an HKDF key derivation plus AES and HMAC: about a tenth of a signed-in page's
// CPU. The same cookie decodes to the same claims and the same claims encode to an equally good
// cookie, so both are remembered for a minute.
//
// What this does not change: whether the session is still live is read from the Session table on
// every request (the jwt callback in auth.ts), so ending a session takes effect at once. A cached
// decode is never served past the token's own expiry. Keys hold the cookie or the claims, which
// only their holder can present, so one person's entry can never answer another's cookie.

const REMEMBER_MS = 60_000;
const MAX_ENTRIES = 2_000;
const MAX_BYTES = 8 * 1024 * 1024;

type Remembered<V> = { value: V; until: number };
type Codec = { encode: (params: JWTEncodeParams) => Promise<string>; decode: (params: JWTDecodeParams) => Promise<JWT | null> };

/** Claims that Auth.js sets afresh on each encode; two tokens differing only in these are equivalent. */
const REISSUED_CLAIMS = new Set(['iat', 'exp', 'jti']);

// The secret is part of every key: a process given another secret must not answer from the old one.
function secretKey(secret: string | string[]): string {
  return Array.isArray(secret) ? secret.join('\n') : secret;
}

function claimsKey(token: JWT | undefined): string {
  return JSON.stringify(Object.entries(token ?? {}).filter(([name]) => !REISSUED_CLAIMS.has(name)).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function createSessionTokenCodec({ inner = { encode: encodeJwe, decode: decodeJwe }, now = Date.now }: { inner?: Codec; now?: () => number } = {}): Codec {
  const decoded = new BoundedLru<Remembered<JWT>>(MAX_ENTRIES, MAX_BYTES);
  const encoded = new BoundedLru<Remembered<string>>(MAX_ENTRIES, MAX_BYTES);
  return {
    async decode(params) {
      if (!params.token) return inner.decode(params);
      const key = `${secretKey(params.secret)}\n${params.salt}\n${params.token}`;
      const hit = decoded.get(key);
      if (hit && hit.until > now()) return { ...hit.value };
      const payload = await inner.decode(params);
      if (!payload) return payload;
      const expiresAt = typeof payload.exp === 'number' ? payload.exp * 1000 : now();
      decoded.set(key, { value: payload, until: Math.min(now() + REMEMBER_MS, expiresAt) }, key.length * 2 + 1024);
      return { ...payload };
    },
    async encode(params) {
      const key = `${secretKey(params.secret)}\n${params.salt}\n${params.maxAge ?? ''}\n${claimsKey(params.token)}`;
      const hit = encoded.get(key);
      if (hit && hit.until > now()) return hit.value;
      const token = await inner.encode(params);
      encoded.set(key, { value: token, until: now() + REMEMBER_MS }, (key.length + token.length) * 2);
      return token;
    },
  };
}
