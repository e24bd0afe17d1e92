import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser, expectPage, expectRedirectOut, parseForms } from '../test-helpers/browser';
import { discoverClient, startAuthorization, startTestSandbox, type TestSandbox } from '../test-helpers/sandbox-fixture';
import { escapeHtml, html } from './html';

let sandbox: TestSandbox;
let authorizeUrl: () => Promise<URL>;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  const config = await discoverClient(sandbox.url);
  authorizeUrl = async () => (await startAuthorization(config, { state: 'st-1' })).url;
});
afterAll(async () => {
  await sandbox?.stop();
});

describe('login page', () => {
  it('names the app, lists test users and refuses framing', async () => {
    const page = expectPage(await new TestBrowser(sandbox.url).get((await authorizeUrl()).href));
    expect(page.html).toContain('<strong>Cashlens</strong> wants to connect');
    expect(page.html).toContain('<label for="username">Username</label>');
    expect(page.html).toContain('sandbox-consumer');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('shows one generic error for an unknown user and for a wrong password', async () => {
    for (const [username, password] of [['nobody', 'x'], ['consumer', 'wrong']]) {
      const browser = new TestBrowser(sandbox.url);
      const login = expectPage(await browser.get((await authorizeUrl()).href));
      const again = expectPage(await browser.submit(login, { action: '/login', set: { username: username!, password: password! } }));
      expect(again.status).toBe(401);
      expect(again.html).toContain('The username or password you entered is not correct.');
    }
  });

  it('blocks a post without the CSRF token or from another origin', async () => {
    const browser = new TestBrowser(sandbox.url);
    const login = expectPage(await browser.get((await authorizeUrl()).href));
    const forged = expectPage(await browser.submit(login, { action: '/login', set: { csrf: 'forged', username: 'consumer', password: 'sandbox-consumer' } }));
    expect(forged.status).toBe(403);
    const action = new URL(parseForms(login.html)[0]!.action, sandbox.url);
    const crossSite = await fetch(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://evil.example' },
      body: 'username=consumer&password=sandbox-consumer',
      redirect: 'manual',
    });
    expect(crossSite.status).toBe(403);
  });

  it('Cancel returns access_denied to the app', async () => {
    const browser = new TestBrowser(sandbox.url);
    const login = expectPage(await browser.get((await authorizeUrl()).href));
    const back = expectRedirectOut(await browser.submit(login, { action: '/deny' }));
    expect(back.searchParams.get('error')).toBe('access_denied');
  });
});

describe('consent page', () => {
  async function reachConsent() {
    const browser = new TestBrowser(sandbox.url);
    const login = expectPage(await browser.get((await authorizeUrl()).href));
    const consent = expectPage(await browser.submit(login, { action: '/login', set: { username: 'consumer', password: 'sandbox-consumer' } }));
    return { browser, consent };
  }

  it('lists the data asked for and every account, all checked', async () => {
    const { consent } = await reachConsent();
    expect(consent.html).toContain('Share your accounts with Cashlens');
    for (const kind of ['Balances', 'Transactions', 'Statements', 'Contact information']) expect(consent.html).toContain(kind);
    const form = parseForms(consent.html).find((candidate) => candidate.action.endsWith('/consent'))!;
    expect(form.fields.filter(([name]) => name === 'accountId').map(([, value]) => value)).toEqual([
      'acc-rivera-checking',
      'acc-rivera-savings',
      'acc-rivera-card',
      'acc-rivera-mortgage',
      'acc-rivera-brokerage',
    ]);
    expect(consent.html).toContain('Rivera Brokerage <span class="muted">(...3318)</span>');
    expect(consent.html).toContain('Joint Checking <span class="muted">(...4821)</span>');
  });

  it('Share grants every scope asked for, so `openid aggregator` returns to the app instead of asking again', async () => {
    const config = await discoverClient(sandbox.url);
    const start = await startAuthorization(config, { scope: 'openid aggregator', state: 'st-2' });
    const browser = new TestBrowser(sandbox.url);
    const login = expectPage(await browser.get(start.url.href));
    const consent = expectPage(await browser.submit(login, { action: '/login', set: { username: 'consumer', password: 'sandbox-consumer' } }));
    const back = expectRedirectOut(await browser.submit(consent, { action: '/consent', button: 'Share' }));
    expect(back.searchParams.get('code')).toBeTruthy();
    expect(back.searchParams.get('state')).toBe('st-2');
  });

  it('links a second customer from the same browser without stopping on a sign-out page', async () => {
    const browser = new TestBrowser(sandbox.url);
    for (const [username, password] of [['consumer', 'sandbox-consumer'], ['single', 'sandbox-single']] as const) {
      const login = expectPage(await browser.get((await authorizeUrl()).href));
      const consent = expectPage(await browser.submit(login, { action: '/login', set: { username, password } }));
      expect(consent.html, username).toContain('Share your accounts with Cashlens');
      const back = expectRedirectOut(await browser.submit(consent, { action: '/consent', button: 'Share' }));
      expect(back.searchParams.get('code'), username).toBeTruthy();
    }
  });

  it('Share with no account chosen asks again', async () => {
    const { browser, consent } = await reachConsent();
    const again = expectPage(await browser.submit(consent, { action: '/consent', button: 'Share', set: { accountId: [] } }));
    expect(again.status).toBe(400);
    expect(again.html).toContain('Choose at least one account');
  });

  it('Deny returns error=access_denied with state and iss to the redirect URI', async () => {
    const { browser, consent } = await reachConsent();
    const back = expectRedirectOut(await browser.submit(consent, { action: '/consent', button: 'Deny' }));
    expect(back.origin + back.pathname).toBe('http://localhost:3000/api/bank/callback');
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe('st-1');
    expect(back.searchParams.get('iss')).toBe(sandbox.url);
    expect(back.searchParams.get('code')).toBeNull();
  });

  it('asks for the password again on the next link, even in the same browser', async () => {
    const { browser, consent } = await reachConsent();
    expectRedirectOut(await browser.submit(consent, { action: '/consent', button: 'Share' }));
    const next = expectPage(await browser.get((await authorizeUrl()).href));
    expect(next.html).toContain('Sign in to Sandbox Bank');
  });
});

describe('html escaping', () => {
  it('escapes interpolated text but not nested html', () => {
    expect(escapeHtml(`<script>"x"&'y'</script>`)).toBe('&lt;script&gt;&quot;x&quot;&amp;&#39;y&#39;&lt;/script&gt;');
    expect(html`<p>${'<b>'}${html`<i>ok</i>`}</p>`.value).toBe('<p>&lt;b&gt;<i>ok</i></p>');
  });
});
