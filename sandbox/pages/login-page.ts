import type { Context } from 'koa';
import type { SandboxCustomer } from '../data/customers';
import { html } from './html';
import { renderPage } from './layout';
import { brandOf } from '../institution';

export type LoginPageInput = {
  action: string;
  cancelAction: string;
  csrfToken: string;
  clientName: string;
  testCustomers: SandboxCustomer[];
  failed: boolean;
  throttled?: boolean;
  username?: string;
};

export function renderLoginPage(ctx: Context, input: LoginPageInput): void {
  const testUsers = input.testCustomers.map(
    (customer) => html`<tr><td><code>${customer.username}</code></td><td><code>${customer.password}</code></td><td>${customer.displayName}<br><span class="muted">${customer.description}</span></td></tr>`,
  );
  renderPage(ctx, {
    title: 'Sign in',
    status: input.throttled ? 429 : input.failed ? 401 : 200,
    body: html`<div class="card">
<h1>Sign in to ${brandOf(ctx).bankName}</h1>
<p><strong>${input.clientName}</strong> wants to connect to your accounts.</p>
${input.throttled ? html`<div class="error" role="alert">Too many failed sign-ins for this username. Wait 15 minutes, or sign in as another test customer.</div>` : input.failed ? html`<div class="error" role="alert">The username or password you entered is not correct.</div>` : ''}
<form method="post" action="${input.action}">
<input type="hidden" name="csrf" value="${input.csrfToken}">
<label for="username">Username</label>
<input type="text" id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${input.username ?? ''}" ${input.username ? '' : html`autofocus`}>
<label for="password">Password</label>
<input type="password" id="password" name="password" autocomplete="current-password" required ${input.username ? html`autofocus` : ''}>
<div class="actions"><button type="submit" class="primary">Sign in</button></div>
</form>
<form method="post" action="${input.cancelAction}">
<input type="hidden" name="csrf" value="${input.csrfToken}">
<div class="actions"><button type="submit" class="secondary">Cancel</button></div>
</form>
</div>
<div class="card">
<h2>Test users</h2>
<p class="muted">This is a sandbox. Use any of these sign-ins.</p>
<table><thead><tr><th scope="col">Username</th><th scope="col">Password</th><th scope="col">Customer</th></tr></thead><tbody>${testUsers}</tbody></table>
</div>`,
  });
}
