import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSandboxConfig } from './config';
import { listSandboxCustomers } from './data/customers';
import { fdxBase, startTestSandbox, type TestSandbox } from './test-helpers/sandbox-fixture';

// The sandbox as a second bank: its own defaults, FDX base, customers and branding.

let creditUnion: TestSandbox;
beforeAll(async () => {
  creditUnion = await startTestSandbox({ institution: 'credit-union' });
});
afterAll(() => creditUnion?.stop());

describe('SANDBOX_INSTITUTION=credit-union', () => {
  it('defaults to its own port, issuer and data folder, apart from Chase’s', () => {
    expect(parseSandboxConfig({ SANDBOX_INSTITUTION: 'credit-union' })).toMatchObject({ institution: 'credit-union', port: 4020, issuer: 'http://localhost:4020', dataDir: './data/sandbox-credit-union' });
    expect(parseSandboxConfig({})).toMatchObject({ institution: 'chase', port: 4010, issuer: 'http://localhost:4010', dataDir: './data/sandbox' });
    expect(() => parseSandboxConfig({ SANDBOX_INSTITUTION: 'wells' })).toThrow(/SANDBOX_INSTITUTION/);
  });

  it('serves FDX under its own base only', async () => {
    expect((await fetch(`${creditUnion.url}/api/cu/fdx/v4/ping`)).status).toBe(200);
    expect((await fetch(`${creditUnion.url}${fdxBase}/ping`)).status).toBe(404);
  });

  it('has its own customers, and shows its own name on its pages', async () => {
    expect(listSandboxCustomers('credit-union').map((customer) => customer.username)).toEqual(['consumer2', 'business2']);
    expect(listSandboxCustomers().map((customer) => customer.username)).not.toContain('consumer2');
    const page = await (await fetch(`${creditUnion.url}/security-center`)).text();
    expect(page).toContain('<header>Lakeshore Credit Union');
    expect(page).toContain('<code>consumer2</code>');
    expect(page).not.toContain('<code>consumer</code>');
  });
});
