import Router from '@koa/router';
import type { Context } from 'koa';
import type Provider from 'oidc-provider';
import { findSandboxCustomerById, listSandboxAccounts, listSandboxCustomers } from '../data/customers';
import type { SandboxDatabase } from '../store/database';
import { listActiveConsents, recordConsent } from '../store/consents';
import { endConsent } from '../oauth/grants';
import { renderConsentPage } from './consent-page';
import { isSameOriginPost, issueCsrfToken, readCsrfCookie, tokensMatch } from './csrf';
import { readFormBody } from './form-body';
import { html } from './html';
import { renderPage } from './layout';
import { renderLoginPage } from './login-page';
import { brandOf } from '../institution';
import { renderForbidden, seeOther } from './responses';
import type { AttemptThrottle } from '../oauth/attempt-throttle';
import { checkSandboxCredentials, createPasswordThrottle } from './verify-credentials';

// The pages oidc-provider sends the customer to while authorizing an app:
// sign in, then choose accounts. Each post answers 303 so refresh never re-posts.

type Interaction = Awaited<ReturnType<Provider['interactionDetails']>>;

export function createInteractionRouter(provider: Provider, db: SandboxDatabase, issuer: string, passwords: AttemptThrottle = createPasswordThrottle()): Router {
  const router = new Router({ prefix: '/sandbox/interaction' });

  router.use(async (ctx, next) => {
    ctx.set('Cache-Control', 'no-store');
    try {
      await next();
    } catch (error) {
      if (error instanceof Error && error.name === 'SessionNotFound') return renderExpired(ctx);
      throw error;
    }
  });

  router.get('/:uid', async (ctx) => {
    const interaction = await loadInteraction(provider, ctx);
    if (!interaction) return renderExpired(ctx);
    const clientName = await findClientName(provider, interaction);
    const csrfToken = issueCsrfToken(ctx);
    const base = `/sandbox/interaction/${interaction.uid}`;
    if (interaction.prompt.name === 'login') {
      return renderLoginPage(ctx, {
        action: `${base}/login`,
        cancelAction: `${base}/deny`,
        csrfToken,
        clientName,
        testCustomers: listSandboxCustomers(brandOf(ctx).institution),
        failed: ctx.query.error === 'credentials',
        throttled: ctx.query.error === 'throttled',
        username: typeof ctx.query.username === 'string' ? ctx.query.username : undefined,
      });
    }
    const customer = findSandboxCustomerById(interaction.session?.accountId ?? '');
    if (!customer) return renderExpired(ctx);
    renderConsentPage(ctx, {
      action: `${base}/consent`,
      csrfToken,
      clientName,
      customerName: customer.displayName,
      accounts: listSandboxAccounts(customer.id),
      missingAccounts: ctx.query.error === 'no-accounts',
    });
  });

  router.post('/:uid/login', async (ctx) => {
    const form = await readVerifiedForm(ctx, issuer);
    if (!form) return;
    const interaction = await loadInteraction(provider, ctx);
    if (!interaction || interaction.prompt.name !== 'login') return renderExpired(ctx);
    const username = (form.get('username') ?? '').trim();
    const { customer, throttled } = checkSandboxCredentials(passwords, username, form.get('password') ?? '', ctx.ip, brandOf(ctx).institution);
    if (!customer) {
      // One message for unknown user and wrong password, so neither can be probed.
      return seeOther(ctx, `/sandbox/interaction/${interaction.uid}?error=${throttled ? 'throttled' : 'credentials'}&username=${encodeURIComponent(username)}`);
    }
    if (interaction.session?.accountId && interaction.session.accountId !== customer.id) await forgetEarlierCustomer(provider, interaction);
    const returnTo = await provider.interactionResult(ctx.req, ctx.res, {
      login: { accountId: customer.id },
    });
    seeOther(ctx, returnTo);
  });

  router.post('/:uid/consent', async (ctx) => {
    const form = await readVerifiedForm(ctx, issuer);
    if (!form) return;
    const interaction = await loadInteraction(provider, ctx);
    if (!interaction || interaction.prompt.name !== 'consent') return renderExpired(ctx);
    if (form.get('decision') !== 'share') return deny(ctx, provider);

    const customerId = interaction.session?.accountId ?? '';
    const clientId = String(interaction.params.client_id);
    const offered = new Set(listSandboxAccounts(customerId).map((account) => account.accountId));
    const accountIds = [...new Set(form.getAll('accountId'))].filter((id) => offered.has(id));
    if (accountIds.length === 0) return seeOther(ctx, `/sandbox/interaction/${interaction.uid}?error=no-accounts`);

    // Linking an app again replaces its earlier link (and ends that link's tokens).
    for (const previous of listActiveConsents(db, { customerId, clientId })) endConsent(db, previous.grantId, 'replaced');
    const grant = new provider.Grant({ accountId: customerId, clientId });
    // Grant every scope the app asked for (`openid aggregator` too): a scope left out would make
    // the provider ask for consent again, forever.
    const missing = interaction.prompt.details.missingOIDCScope;
    grant.addOIDCScope([...new Set(['aggregator', ...(Array.isArray(missing) ? missing.map(String) : [])])].join(' '));
    const grantId = await grant.save();
    recordConsent(db, { grantId, customerId, clientId, accountIds });
    const returnTo = await provider.interactionResult(ctx.req, ctx.res, { consent: { grantId } });
    seeOther(ctx, returnTo);
  });

  router.post('/:uid/deny', async (ctx) => {
    const form = await readVerifiedForm(ctx, issuer);
    if (!form) return;
    const interaction = await loadInteraction(provider, ctx);
    if (!interaction) return renderExpired(ctx);
    await deny(ctx, provider);
  });

  return router;
}

/**
 * Another customer signed in earlier in this browser. oidc-provider would stop on a sign-out
 * page that submits itself by inline script, which the sandbox's CSP blocks. The bank asks for
 * credentials on every link anyway, so the earlier browser session is simply ended here.
 */
async function forgetEarlierCustomer(provider: Provider, interaction: Interaction): Promise<void> {
  const earlier = interaction.session?.cookie ? await provider.Session.find(interaction.session.cookie) : undefined;
  interaction.session = undefined;
  await interaction.save(Math.max(1, interaction.exp - Math.floor(Date.now() / 1000)));
  await earlier?.destroy();
}

async function loadInteraction(provider: Provider, ctx: Context): Promise<Interaction | undefined> {
  const interaction = await provider.interactionDetails(ctx.req, ctx.res);
  return interaction.uid === ctx.params.uid ? interaction : undefined;
}

async function deny(ctx: Context, provider: Provider): Promise<void> {
  const returnTo = await provider.interactionResult(
    ctx.req,
    ctx.res,
    { error: 'access_denied', error_description: 'The customer did not allow access' },
    { mergeWithLastSubmission: false },
  );
  seeOther(ctx, returnTo);
}

async function findClientName(provider: Provider, interaction: Interaction): Promise<string> {
  const client = await provider.Client.find(String(interaction.params.client_id));
  return client?.clientName ?? String(interaction.params.client_id);
}

async function readVerifiedForm(ctx: Context, issuer: string): Promise<URLSearchParams | undefined> {
  const form = await readFormBody(ctx);
  if (isSameOriginPost(ctx, issuer) && tokensMatch(readCsrfCookie(ctx), form.get('csrf'))) return form;
  renderForbidden(ctx);
  return undefined;
}

function renderExpired(ctx: Context): void {
  renderPage(ctx, {
    title: 'Session expired',
    status: 400,
    body: html`<div class="card"><h1>This sign-in has expired</h1><p>Return to the app and start linking your bank again.</p></div>`,
  });
}
