import type { Context } from 'koa';
import type { SandboxAccountSummary, SandboxCustomer } from '../data/customers';
import { html } from '../pages/html';
import { renderPage } from '../pages/layout';
import type { SandboxConsent } from '../store/consents';

export type LinkedApp = { consent: SandboxConsent; clientName: string };

export type LinkedAppsPageInput = {
  customer: SandboxCustomer;
  accounts: SandboxAccountSummary[];
  apps: LinkedApp[];
  csrfToken: string;
  focusedClientId?: string;
  notice?: string;
  error?: string;
};

const notices: Record<string, string> = {
  updated: 'Your sharing choices were saved. The app sees the change right away.',
  revoked: 'The app can no longer see your accounts.',
};

const errors: Record<string, string> = {
  'no-accounts': 'Choose at least one account, or select Stop sharing to remove the app.',
};

export function renderLinkedAppsPage(ctx: Context, input: LinkedAppsPageInput): void {
  const notice = input.notice ? notices[input.notice] : undefined;
  const error = input.error ? errors[input.error] : undefined;
  const back = input.focusedClientId ? `?client_id=${encodeURIComponent(input.focusedClientId)}` : '';
  renderPage(ctx, {
    title: 'Linked apps and websites',
    wide: true,
    body: html`<div class="card">
<h1>Linked apps and websites</h1>
<p>Signed in as <strong>${input.customer.displayName}</strong>.</p>
${notice ? html`<div class="notice" role="status">${notice}</div>` : ''}
${error ? html`<div class="error" role="alert">${error}</div>` : ''}
${input.apps.length === 0 ? html`<p>No apps are linked to your accounts.</p>` : ''}
${input.focusedClientId ? html`<p><a href="/security-center">Show all linked apps</a></p>` : ''}
<form method="post" action="/security-center/sign-out">
<input type="hidden" name="csrf" value="${input.csrfToken}">
<button type="submit" class="secondary">Sign out</button>
</form>
</div>
${input.apps.map((app) => renderApp(app, input.accounts, input.csrfToken, back))}`,
  });
}

function renderApp(app: LinkedApp, accounts: SandboxAccountSummary[], csrfToken: string, back: string) {
  const { consent } = app;
  const shared = new Set(consent.accountIds);
  const base = `/security-center/consents/${encodeURIComponent(consent.grantId)}`;
  return html`<section class="card" aria-labelledby="app-${consent.grantId}">
<h2 id="app-${consent.grantId}">${app.clientName}</h2>
<p class="muted">Sharing since ${consent.consentedAt.toUTCString()}</p>
<form method="post" action="${base}/accounts${back}">
<input type="hidden" name="csrf" value="${csrfToken}">
<fieldset><legend>Accounts shared with ${app.clientName}</legend>
${accounts.map(
  (account) => html`<label class="check"><input type="checkbox" name="accountId" value="${account.accountId}" ${shared.has(account.accountId) ? html`checked` : ''}>
<span>${account.nickname} <span class="muted">(${account.maskedNumber})</span></span></label>`,
)}
</fieldset>
<div class="actions"><button type="submit" class="primary">Save shared accounts</button></div>
</form>
<form method="post" action="${base}/revoke${back}">
<input type="hidden" name="csrf" value="${csrfToken}">
<div class="actions"><button type="submit" class="danger">Stop sharing with ${app.clientName}</button></div>
</form>
</section>`;
}
