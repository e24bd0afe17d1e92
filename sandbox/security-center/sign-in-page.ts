import type { Context } from 'koa';
import { listSandboxCustomers } from '../data/customers';
import { html } from '../pages/html';
import { renderPage } from '../pages/layout';
import { brandOf } from '../institution';

export function renderSecurityCenterSignIn(
  ctx: Context,
  input: { csrfToken: string; clientId?: string; failed: boolean; throttled?: boolean },
): void {
  const testUsers = listSandboxCustomers(brandOf(ctx).institution).map(
    (customer) => html`<tr><td><code>${customer.username}</code></td><td><code>${customer.password}</code></td><td>${customer.displayName}</td></tr>`,
  );
  renderPage(ctx, {
    title: 'Security Center',
    status: input.throttled ? 429 : input.failed ? 401 : 200,
    body: html`<div class="card">
<h1>Security Center</h1>
<p>Sign in to see and manage the apps and websites linked to your accounts.</p>
${input.throttled ? html`<div class="error" role="alert">Too many failed sign-ins for this username. Wait 15 minutes, or sign in as another test customer.</div>` : input.failed ? html`<div class="error" role="alert">The username or password you entered is not correct.</div>` : ''}
<form method="post" action="/security-center/sign-in">
<input type="hidden" name="csrf" value="${input.csrfToken}">
${input.clientId ? html`<input type="hidden" name="client_id" value="${input.clientId}">` : ''}
<label for="username">Username</label>
<input type="text" id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required autofocus>
<label for="password">Password</label>
<input type="password" id="password" name="password" autocomplete="current-password" required>
<div class="actions"><button type="submit" class="primary">Sign in</button></div>
</form>
</div>
<div class="card"><h2>Test users</h2>
<table><thead><tr><th scope="col">Username</th><th scope="col">Password</th><th scope="col">Customer</th></tr></thead><tbody>${testUsers}</tbody></table>
</div>`,
  });
}
