import { afterEach, describe, expect, it } from 'vitest';
import { getInstitution, listInstitutions } from '@/lib/bank/institutions';
import { getSyncConfig } from '@/lib/sync/config';
import { defaultDatabaseUrl, env, readEnv } from './env';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe('readEnv', () => {
  it('fills every default from an empty environment', () => {
    const e = readEnv({});
    expect(e).toMatchObject({ DATABASE_URL: defaultDatabaseUrl, CASHLENS_DATA_DIR: './data', BANK_ISSUER: 'http://localhost:4010', SYNC_PAGE_LIMIT: 1000, SYNC_BACKGROUND: 'on', CASHLENS_TEST_DB: 'sqlite' });
    expect(e.AUTH_SECRET).toBeUndefined();
  });

  it('treats blank values as unset and trims the rest', () => {
    expect(readEnv({ DATABASE_URL: '  ', SYNC_OVERLAP_DAYS: '', BANK_NAME: ' Chase Bank ' })).toMatchObject({ DATABASE_URL: defaultDatabaseUrl, SYNC_OVERLAP_DAYS: 10, BANK_NAME: 'Chase Bank' });
  });

  it('turns numbers into numbers', () => {
    expect(readEnv({ SYNC_LEASE_SECONDS: '30' }).SYNC_LEASE_SECONDS).toBe(30);
  });

  it('names each bad variable in one line, without echoing the value', () => {
    let message = '';
    try {
      readEnv({ SYNC_PAGE_LIMIT: '3', BANK_ISSUER: 'not a url', AUTH_SECRET: 'hunter2' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Invalid environment: /);
    expect(message).not.toContain('\n');
    expect(message).toContain('SYNC_PAGE_LIMIT');
    expect(message).toContain('BANK_ISSUER');
    expect(message).toMatch(/AUTH_SECRET: must be at least 32 characters/);
    expect(message).not.toContain('hunter2');
  });

  it('refuses a history start that is not a real day', () => {
    expect(readEnv({ SYNC_HISTORY_START: '2024-02-29' }).SYNC_HISTORY_START).toBe('2024-02-29');
    expect(() => readEnv({ SYNC_HISTORY_START: '2026-02-30' })).toThrow(/SYNC_HISTORY_START: must be a real date/);
  });
});

describe('env()', () => {
  it('hands back the same parse until one of its variables changes', () => {
    const first = env();
    expect(env()).toBe(first);
    process.env.BANK_ISSUER = 'http://127.0.0.1:4999';
    const second = env();
    expect(second).not.toBe(first);
    expect(second.BANK_ISSUER).toBe('http://127.0.0.1:4999');
  });

  it('sees a replaced process.env object (tests restore it that way)', () => {
    process.env = { ...saved, SYNC_BACKGROUND: 'off' };
    expect(env().SYNC_BACKGROUND).toBe('off');
  });
});

describe('config builders', () => {
  it('derive the bank URLs from the issuer unless one is set on its own', () => {
    const bank = getInstitution('chase', { BANK_ISSUER: 'https://bank.example/', BANK_TOKEN_URL: 'https://tokens.example/token' });
    expect(bank).toMatchObject({
      authorizeUrl: 'https://bank.example/aggregator-oauth/v1/mobile/authorize',
      tokenUrl: 'https://tokens.example/token',
      fdxBaseUrl: 'https://bank.example/jpmc/servicing/inquiry-maintenance/fdx/v4',
    });
  });

  it('follow process.env between calls', () => {
    process.env.BANK_ISSUER = 'http://127.0.0.1:4998';
    expect(getInstitution('chase').issuer).toBe('http://127.0.0.1:4998');
    expect(listInstitutions()).toBe(listInstitutions());
    process.env.SYNC_LEASE_SECONDS = '5';
    expect(getSyncConfig().leaseMs).toBe(5000);
  });
});
