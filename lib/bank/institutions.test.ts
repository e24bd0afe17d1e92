import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findInstitution, getInstitution, InstitutionNotConfiguredError, listInstitutions, sandboxCreditUnionEntry, SANDBOX_CREDIT_UNION_ID } from './institutions';

// The registry as an operator meets it: Chase from BANK_*, more banks from JSON, and a bad entry
// refused with a message naming the institution and the field (never the secret).

const lakeside = {
  id: 'lakeside-cu',
  name: 'Lakeside Credit Union',
  color: '#2255aa',
  issuer: 'https://auth.lakeside.example',
  authorizeUrl: 'https://auth.lakeside.example/oauth/authorize',
  tokenUrl: 'https://auth.lakeside.example/oauth/token',
  revocationUrl: 'https://auth.lakeside.example/oauth/revoke',
  fdxBaseUrl: 'https://api.lakeside.example/fdx/v6/',
  clientId: 'cashlens',
  clientSecret: 'a-very-secret-value',
};

const withEntries = (entries: unknown, extra: Record<string, string> = {}) => ({ BANK_ISSUER: 'https://secure.chase.example', BANK_INSTITUTIONS: JSON.stringify(entries), ...extra });

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cashlens-institutions-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the bank registry', () => {
  it('keeps Chase from the BANK_* variables first and adds each configured bank', () => {
    const banks = listInstitutions(withEntries([lakeside]));
    expect(banks.map((bank) => bank.id)).toEqual(['chase', 'lakeside-cu']);
    expect(banks[0]).toMatchObject({ name: 'Chase', tokenUrl: 'https://secure.chase.example/aggregator-oauth/v1/token' });
    expect(banks[1]).toMatchObject({
      name: 'Lakeside Credit Union',
      fdxBaseUrl: 'https://api.lakeside.example/fdx/v6',
      clientSecret: 'a-very-secret-value',
      redirectUri: 'http://localhost:3000/api/bank/callback',
      securityCenterUrl: null,
      quirks: { tokenEndpointAuth: 'client_secret_basic', accessTokenSecondsWhenMissing: 900 },
    });
  });

  it('reads the secret from the variable clientSecretEnv names, and quirks when given', () => {
    const { clientSecret: _omit, ...withoutSecret } = lakeside;
    const entry = { ...withoutSecret, clientSecretEnv: 'LAKESIDE_SECRET', quirks: { tokenEndpointAuth: 'client_secret_post' } };
    const bank = getInstitution('lakeside-cu', withEntries([entry], { LAKESIDE_SECRET: 'from-the-environment' }));
    expect(bank.clientSecret).toBe('from-the-environment');
    expect(bank.quirks.tokenEndpointAuth).toBe('client_secret_post');
  });

  it('reads BANK_INSTITUTIONS_FILE', () => {
    const file = path.join(dir, 'banks.json');
    fs.writeFileSync(file, JSON.stringify([lakeside]));
    expect(findInstitution('lakeside-cu', { BANK_ISSUER: 'https://secure.chase.example', BANK_INSTITUTIONS_FILE: file })?.name).toBe('Lakeside Credit Union');
  });

  it('refuses a bad URL, naming the institution and the field', () => {
    expect(() => listInstitutions(withEntries([{ ...lakeside, tokenUrl: 'auth.lakeside.example/token' }]))).toThrow(/institution "lakeside-cu": tokenUrl must be an absolute URL/);
    expect(() => listInstitutions(withEntries([{ ...lakeside, fdxBaseUrl: 'http://api.lakeside.example/fdx' }]))).toThrow(/institution "lakeside-cu": fdxBaseUrl must use https/);
  });

  it('refuses a missing secret, and a secret variable that is not set, without echoing values', () => {
    const { clientSecret: _omit, ...withoutSecret } = lakeside;
    expect(() => listInstitutions(withEntries([withoutSecret]))).toThrow(/institution "lakeside-cu": clientSecret is missing: set clientSecret or clientSecretEnv/);
    expect(() => listInstitutions(withEntries([{ ...withoutSecret, clientSecretEnv: 'NOT_SET_ANYWHERE' }]))).toThrow(/institution "lakeside-cu": clientSecretEnv names NOT_SET_ANYWHERE, which is not set/);
    try {
      listInstitutions(withEntries([{ ...lakeside, issuer: 'nope' }]));
    } catch (error) {
      expect((error as Error).message).not.toContain('a-very-secret-value');
    }
  });

  it('names every problem: unknown fields, missing fields, duplicates, an entry without an id', () => {
    const run = () => listInstitutions(withEntries([{ ...lakeside, tokenURL: 'x' }, { name: 'No id' }, lakeside, lakeside]));
    expect(run).toThrow(/institution "lakeside-cu": unknown field "tokenURL"/);
    expect(run).toThrow(/institution #2: id is required/);
    expect(run).toThrow(/institution "lakeside-cu": id is listed twice/);
  });

  it('refuses text that is not a JSON array, and a file that cannot be read', () => {
    expect(() => listInstitutions({ BANK_INSTITUTIONS: '[{"id": ' })).toThrow('Invalid bank configuration in BANK_INSTITUTIONS: not valid JSON');
    expect(() => listInstitutions({ BANK_INSTITUTIONS: '{"id": "x"}' })).toThrow(/expected a JSON array/);
    expect(() => listInstitutions({ BANK_INSTITUTIONS_FILE: path.join(dir, 'missing.json') })).toThrow(/the file cannot be read \(ENOENT\)/);
  });

  it('lists the second sandbox bank by default only while Chase is the local sandbox', () => {
    expect(listInstitutions({}).map((bank) => bank.id)).toEqual(['chase', SANDBOX_CREDIT_UNION_ID]);
    expect(getInstitution(SANDBOX_CREDIT_UNION_ID, { BANK_SANDBOX_CREDIT_UNION_URL: 'http://localhost:4999' }).fdxBaseUrl).toBe('http://localhost:4999/api/cu/fdx/v4');
    expect(listInstitutions({ BANK_ISSUER: 'https://secure.chase.example' }).map((bank) => bank.id)).toEqual(['chase']);
    // An operator's list replaces the default.
    expect(listInstitutions(withEntries([sandboxCreditUnionEntry('http://localhost:4555')])).map((bank) => bank.issuer)).toEqual(['https://secure.chase.example', 'http://localhost:4555']);
  });

  it('an unknown id is a clear error', () => {
    expect(() => getInstitution('first-national', {})).toThrow(InstitutionNotConfiguredError);
    expect(() => getInstitution('first-national', {})).toThrow('The bank "first-national" is not configured');
  });
});
