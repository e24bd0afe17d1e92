import type { Context } from 'koa';
import type { SandboxAccountSummary } from '../data/customers';
import { html } from './html';
import { renderPage } from './layout';

// What Chase's consent screen lists: the data an aggregator receives under "aggregator".
export const sharedDataKinds = [
  'Account names, types and masked numbers',
  'Balances',
  'Transactions',
  'Contact information (name, address, email, phone)',
  'Statements',
];

export type ConsentPageInput = {
  action: string;
  csrfToken: string;
  clientName: string;
  customerName: string;
  accounts: SandboxAccountSummary[];
  missingAccounts: boolean;
};

export function renderConsentPage(ctx: Context, input: ConsentPageInput): void {
  const accountChoices = input.accounts.map(
    (account) => html`<label class="check"><input type="checkbox" name="accountId" value="${account.accountId}" checked>
<span>${account.nickname} <span class="muted">(${account.maskedNumber})</span></span></label>`,
  );
  renderPage(ctx, {
    title: 'Share your accounts',
    status: input.missingAccounts ? 400 : 200,
    body: html`<div class="card">
<h1>Share your accounts with ${input.clientName}</h1>
<p>Signed in as <strong>${input.customerName}</strong>.</p>
<p><strong>${input.clientName}</strong> is asking to see:</p>
<ul>${sharedDataKinds.map((kind) => html`<li>${kind}</li>`)}</ul>
${input.missingAccounts ? html`<div class="error" role="alert">Choose at least one account to share, or select Deny.</div>` : ''}
<form method="post" action="${input.action}">
<input type="hidden" name="csrf" value="${input.csrfToken}">
<fieldset><legend>Accounts to share</legend>${accountChoices}</fieldset>
<p class="muted">You can change or stop sharing at any time in the Security Center.</p>
<div class="actions">
<button type="submit" name="decision" value="share" class="primary">Share</button>
<button type="submit" name="decision" value="deny" class="secondary" formnovalidate>Deny</button>
</div>
</form>
</div>`,
  });
}
