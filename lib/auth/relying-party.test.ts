import { describe, expect, it } from 'vitest';
import { readEnv } from '@/lib/env';
import { parseAuthenticationResponse, parseRegistrationResponse } from './passkey-response';
import { getRelyingParty } from './relying-party';

describe('relying party', () => {
  it('follows AUTH_URL, and the explicit settings over it', () => {
    expect(getRelyingParty(readEnv({ AUTH_URL: 'http://localhost:3190/' }))).toMatchObject({ id: 'localhost', origin: 'http://localhost:3190' });
    expect(getRelyingParty(readEnv({ AUTH_URL: 'https://cash.example.com', WEBAUTHN_RP_ID: 'example.com' }))).toMatchObject({ id: 'example.com', origin: 'https://cash.example.com' });
    expect(getRelyingParty(readEnv({ WEBAUTHN_ORIGIN: 'https://money.example.org' }))).toMatchObject({ id: 'money.example.org', origin: 'https://money.example.org' });
  });
});

describe('passkey answers from the browser', () => {
  const common = { id: 'abc', rawId: 'abc', type: 'public-key', clientExtensionResults: {} };
  it('accepts the documented shapes', () => {
    expect(parseRegistrationResponse(JSON.stringify({ ...common, response: { clientDataJSON: 'x', attestationObject: 'y', transports: ['internal'] } }))?.id).toBe('abc');
    expect(parseAuthenticationResponse(JSON.stringify({ ...common, response: { clientDataJSON: 'x', authenticatorData: 'y', signature: 'z' } }))?.id).toBe('abc');
  });
  it('refuses anything else without throwing', () => {
    for (const bad of [undefined, 42, '', 'not json', '{}', JSON.stringify({ ...common, type: 'password' }), 'x'.repeat(70_000)]) {
      expect(parseAuthenticationResponse(bad)).toBeNull();
      expect(parseRegistrationResponse(bad)).toBeNull();
    }
  });
});
