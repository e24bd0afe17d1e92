import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser, expectPage, parseForms, type PageResult } from '../test-helpers/browser';
import {
  collectAccountIds,
  fetchFdx,
  linkAccounts,
  startSandboxWithClient,
  type TestSandbox,
} from '../test-helpers/sandbox-fixture';

let sandbox: TestSandbox;
let config: oidc.Configuration;

beforeAll(async () => {
  ({ sandbox, config } = await startSandboxWithClient());
});
afterAll(() => sandbox?.stop());

async function signIn(username: string, password: string, query = ''): Promise<{ browser: TestBrowser; page: PageResult }> {
  const browser = new TestBrowser(sandbox.url);
  const signInPage = expectPage(await browser.get(`/security-center${query}`));
  expect(signInPage.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  const page = expectPage(await browser.submit(signInPage, { action: '/sign-in', set: { username, password } }));
  return { browser, page };
}

function formFor(page: PageResult, grantSuffix: string) {
  return parseForms(page.html).find((form) => form.action.includes(grantSuffix));
}

describe('Security Center', () => {
  it('lists the linked app and narrows its accounts, which the FDX API sees at once', async () => {
    const { tokens } = await linkAccounts(config);
    expect(collectAccountIds(await (await fetchFdx(sandbox.url, tokens.access_token)).json())).toHaveLength(5);

    const { browser, page } = await signIn('consumer', 'sandbox-consumer', '?client_id=cashlens-local');
    expect(page.html).toContain('Linked apps and websites');
    expect(page.html).toContain('<h2');
    expect(page.html).toContain('Cashlens');
    expect(page.html).toContain('Sharing since');

    const updated = expectPage(
      await browser.submit(page, { action: /\/accounts/, button: 'Save shared accounts', set: { accountId: ['acc-rivera-savings'] } }),
    );
    expect(updated.html).toContain('Your sharing choices were saved');
    expect(collectAccountIds(await (await fetchFdx(sandbox.url, tokens.access_token)).json())).toEqual(['acc-rivera-savings']);
  });

  it('Stop sharing revokes the access token (401) and the refresh token (invalid_grant) immediately', async () => {
    const { tokens } = await linkAccounts(config, { username: 'single', password: 'sandbox-single' });
    const { browser, page } = await signIn('single', 'sandbox-single');
    const revoked = expectPage(await browser.submit(page, { action: /\/revoke/, button: 'Stop sharing with Cashlens' }));
    expect(revoked.html).toContain('The app can no longer see your accounts.');
    expect(revoked.html).toContain('No apps are linked to your accounts.');

    expect((await fetchFdx(sandbox.url, tokens.access_token)).status).toBe(401);
    await expect(oidc.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
    expect((await oidc.tokenIntrospection(config, tokens.access_token)).active).toBe(false);
  });

  it('keeps customers apart and refuses posts without its session token', async () => {
    const { tokens } = await linkAccounts(config, { username: 'business', password: 'sandbox-business' });
    const owner = await signIn('business', 'sandbox-business');
    const revokeForm = parseForms(owner.page.html).find((form) => form.action.includes('/revoke'))!;

    const other = await signIn('fraud', 'sandbox-fraud');
    expect(formFor(other.page, '/revoke')).toBeUndefined();
    const csrf = parseForms(other.page.html)[0]!.fields.find(([name]) => name === 'csrf')![1];
    const foreign = expectPage(await other.browser.post(revokeForm.action, new URLSearchParams({ csrf })));
    expect(foreign.status).toBe(404);

    const forged = expectPage(await owner.browser.post(revokeForm.action, new URLSearchParams({ csrf: 'forged' })));
    expect(forged.status).toBe(403);
    expect((await fetchFdx(sandbox.url, tokens.access_token)).status).toBe(200);
  });

  it('refuses bad credentials with a generic message', async () => {
    const { page } = await signIn('consumer', 'nope');
    expect(page.status).toBe(401);
    expect(page.html).toContain('The username or password you entered is not correct.');
  });

  it('signs out', async () => {
    const { browser, page } = await signIn('consumer', 'sandbox-consumer');
    const after = expectPage(await browser.submit(page, { action: '/sign-out' }));
    expect(after.html).toContain('Sign in to see and manage');
  });
});
