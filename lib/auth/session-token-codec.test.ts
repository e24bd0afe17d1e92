import { decode, encode, type JWTDecodeParams, type JWTEncodeParams } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { createSessionTokenCodec } from './session-token-codec';

const SECRET = 'a test secret that is long enough for HKDF, 1234567890';
const SALT = 'authjs.session-token';
const MAX_AGE = 30 * 24 * 60 * 60;

// The real Auth.js codec, counted: the memo must call it only when it has no live answer.
function countedCodec() {
  const calls = { encode: 0, decode: 0 };
  const inner = {
    encode: (params: JWTEncodeParams) => ((calls.encode += 1), encode(params)),
    decode: (params: JWTDecodeParams) => ((calls.decode += 1), decode(params)),
  };
  let clock = 1_000_000;
  const codec = createSessionTokenCodec({ inner, now: () => clock });
  return { codec, calls, advance: (ms: number) => void (clock += ms), setClock: (ms: number) => void (clock = ms) };
}

const claims = { sub: 'user-1', sid: 'session-token-1', sessionId: 'session-1', pending: false };

describe('createSessionTokenCodec', () => {
  it('decodes a cookie once, then answers the same claims from memory until the minute is up', async () => {
    const { codec, calls, advance } = countedCodec();
    const token = await encode({ token: claims, secret: SECRET, salt: SALT, maxAge: MAX_AGE });
    const first = await codec.decode({ token, secret: SECRET, salt: SALT });
    const second = await codec.decode({ token, secret: SECRET, salt: SALT });
    expect(first).toMatchObject(claims);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(calls.decode).toBe(1);
    advance(60_001);
    expect(await codec.decode({ token, secret: SECRET, salt: SALT })).toEqual(first);
    expect(calls.decode).toBe(2);
  });

  it('never serves a remembered cookie past its own expiry', async () => {
    const { codec, calls, setClock } = countedCodec();
    const token = await encode({ token: claims, secret: SECRET, salt: SALT, maxAge: MAX_AGE });
    const payload = await codec.decode({ token, secret: SECRET, salt: SALT });
    // A millisecond before expiry the cookie is decoded again and may be remembered, but only to its expiry.
    setClock(Number(payload!.exp) * 1000 - 1);
    await codec.decode({ token, secret: SECRET, salt: SALT });
    await codec.decode({ token, secret: SECRET, salt: SALT });
    expect(calls.decode).toBe(2);
    setClock(Number(payload!.exp) * 1000);
    await codec.decode({ token, secret: SECRET, salt: SALT });
    expect(calls.decode).toBe(3);
  });

  it('refuses a tampered cookie and one sealed with another secret, and remembers neither', async () => {
    const { codec, calls } = countedCodec();
    const token = await encode({ token: claims, secret: SECRET, salt: SALT, maxAge: MAX_AGE });
    await codec.decode({ token, secret: SECRET, salt: SALT });
    const parts = token.split('.');
    const cipher = parts[3]!;
    parts[3] = `${cipher.slice(0, -2)}${cipher.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(codec.decode({ token: parts.join('.'), secret: SECRET, salt: SALT })).rejects.toThrow();
    await expect(codec.decode({ token, secret: 'another secret, just as long as the first 123', salt: SALT })).rejects.toThrow();
    expect(calls.decode).toBe(3);
    expect(await codec.decode({ token: '', secret: SECRET, salt: SALT })).toBeNull();
  });

  it('encodes the same claims once a minute, whatever their issue and expiry times, and new claims at once', async () => {
    const { codec, calls, advance } = countedCodec();
    const first = await codec.encode({ token: { ...claims, iat: 1, exp: 2, jti: 'a' }, secret: SECRET, salt: SALT, maxAge: MAX_AGE });
    const again = await codec.encode({ token: { ...claims, jti: 'b', exp: 3, iat: 2 }, secret: SECRET, salt: SALT, maxAge: MAX_AGE });
    expect(again).toBe(first);
    expect(calls.encode).toBe(1);
    expect(await decode({ token: first, secret: SECRET, salt: SALT })).toMatchObject(claims);

    const signedFactor = await codec.encode({ token: { ...claims, pending: true }, secret: SECRET, salt: SALT, maxAge: MAX_AGE });
    expect(signedFactor).not.toBe(first);
    expect(await decode({ token: signedFactor, secret: SECRET, salt: SALT })).toMatchObject({ pending: true });
    expect(calls.encode).toBe(2);

    advance(60_001);
    expect(await codec.encode({ token: claims, secret: SECRET, salt: SALT, maxAge: MAX_AGE })).not.toBe(first);
    expect(calls.encode).toBe(3);
  });
});
