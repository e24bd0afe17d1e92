import Router from '@koa/router';
import type { Context } from 'koa';
import type Provider from 'oidc-provider';
import { findSandboxCustomerById, listSandboxAccounts } from '../data/customers';
import { endConsent } from '../oauth/grants';
import { isSameOriginPost, issueCsrfToken, readCsrfCookie, tokensMatch } from '../pages/csrf';
import { readFormBody } from '../pages/form-body';
import { html } from '../pages/html';
import { renderForbidden, seeOther } from '../pages/responses';
import { renderPage } from '../pages/layout';
import type { AttemptThrottle } from '../oauth/attempt-throttle';
import { checkSandboxCredentials, createPasswordThrottle } from '../pages/verify-credentials';
import { brandOf } from '../institution';
import type { SandboxDatabase } from '../store/database';
import { findConsentByGrantId, listActiveConsents, updateConsentAccounts } from '../store/consents';
import {
  createSecurityCenterSession,
  deleteSecurityCenterSession,
  findSecurityCenterSession,
  type SecurityCenterSession,
} from '../store/security-center-sessions';
import { renderLinkedAppsPage } from './linked-apps-page';
import { renderSecurityCenterSignIn } from './sign-in-page';

// Chase's "Linked apps and websites": the customer sees every app they share
// with and can narrow or end the sharing. Changes apply to the FDX API at once
// because it reads the consent on every call.

const sessionCookie = 'sandbox_security_center';
const cookieOptions = { signed: true, httpOnly: true, sameSite: 'lax' as const, path: '/security-center' };

export function createSecurityCenterRouter(provider: Provider, db: SandboxDatabase, issuer: string, passwords: AttemptThrottle = createPasswordThrottle()): Router {
  const router = new Router({ prefix: '/security-center' });

  const currentSession = (ctx: Context): SecurityCenterSession | undefined => {
    const id = ctx.cookies.get(sessionCookie, { signed: true });
    return id ? findSecurityCenterSession(db, id) : undefined;
  };

  router.use(async (ctx, next) => {
    ctx.set('Cache-Control', 'no-store');
    await next();
  });

  router.get('/', async (ctx) => {
    const clientId = queryString(ctx, 'client_id');
    const session = currentSession(ctx);
    if (!session) {
      const error = queryString(ctx, 'error');
      return renderSecurityCenterSignIn(ctx, { csrfToken: issueCsrfToken(ctx), clientId, failed: error === 'credentials', throttled: error === 'throttled' });
    }
    const customer = findSandboxCustomerById(session.customerId);
    if (!customer) return signOut(ctx, db, session);
    const consents = listActiveConsents(db, { customerId: customer.id, clientId });
    const apps = await Promise.all(
      consents.map(async (consent) => ({
        consent,
        clientName: (await provider.Client.find(consent.clientId))?.clientName ?? consent.clientId,
      })),
    );
    renderLinkedAppsPage(ctx, {
      customer,
      accounts: listSandboxAccounts(customer.id),
      apps,
      csrfToken: session.csrfToken,
      focusedClientId: clientId,
      notice: queryString(ctx, 'notice'),
      error: queryString(ctx, 'error'),
    });
  });

  router.post('/sign-in', async (ctx) => {
    const form = await readFormBody(ctx);
    if (!isSameOriginPost(ctx, issuer) || !tokensMatch(readCsrfCookie(ctx), form.get('csrf'))) return renderForbidden(ctx);
    const focus = form.get('client_id') ? `client_id=${encodeURIComponent(form.get('client_id') ?? '')}` : '';
    const { customer, throttled } = checkSandboxCredentials(passwords, form.get('username') ?? '', form.get('password') ?? '', ctx.ip, brandOf(ctx).institution);
    if (!customer) return seeOther(ctx, `/security-center?error=${throttled ? 'throttled' : 'credentials'}${focus ? `&${focus}` : ''}`);
    const session = createSecurityCenterSession(db, customer.id);
    ctx.cookies.set(sessionCookie, session.id, cookieOptions);
    seeOther(ctx, `/security-center${focus ? `?${focus}` : ''}`);
  });

  router.post('/sign-out', async (ctx) => {
    const session = await requirePostSession(ctx);
    if (session) signOut(ctx, db, session);
  });

  router.post('/consents/:grantId/accounts', async (ctx) => {
    const session = await requirePostSession(ctx);
    if (!session) return;
    const consent = ownedConsent(session, ctx.params.grantId);
    if (!consent) return notFound(ctx);
    const offered = new Set(listSandboxAccounts(session.customerId).map((account) => account.accountId));
    const accountIds = [...new Set(ctx.state.form.getAll('accountId') as string[])].filter((id) => offered.has(id));
    if (accountIds.length === 0) return seeOther(ctx, withQuery(ctx, 'error=no-accounts'));
    updateConsentAccounts(db, consent.grantId, accountIds);
    seeOther(ctx, withQuery(ctx, 'notice=updated'));
  });

  router.post('/consents/:grantId/revoke', async (ctx) => {
    const session = await requirePostSession(ctx);
    if (!session) return;
    const consent = ownedConsent(session, ctx.params.grantId);
    if (!consent) return notFound(ctx);
    endConsent(db, consent.grantId, 'revoked');
    seeOther(ctx, withQuery(ctx, 'notice=revoked'));
  });

  /** Signed-in posts carry the session's own CSRF token; the parsed form is left on ctx.state. */
  async function requirePostSession(ctx: Context): Promise<SecurityCenterSession | undefined> {
    const session = currentSession(ctx);
    const form = await readFormBody(ctx);
    ctx.state.form = form;
    if (!session) {
      seeOther(ctx, '/security-center');
      return undefined;
    }
    if (!isSameOriginPost(ctx, issuer) || !tokensMatch(session.csrfToken, form.get('csrf'))) {
      renderForbidden(ctx);
      return undefined;
    }
    return session;
  }

  function ownedConsent(session: SecurityCenterSession, grantId: string | undefined) {
    const consent = grantId ? findConsentByGrantId(db, grantId) : undefined;
    return consent && consent.customerId === session.customerId && !consent.revokedAt ? consent : undefined;
  }

  return router;
}

function signOut(ctx: Context, db: SandboxDatabase, session: SecurityCenterSession): void {
  deleteSecurityCenterSession(db, session.id);
  ctx.cookies.set(sessionCookie, null, cookieOptions);
  seeOther(ctx, '/security-center');
}

function queryString(ctx: Context, name: string): string | undefined {
  const value = ctx.query[name];
  return typeof value === 'string' && value ? value : undefined;
}

/** Back to the list, keeping the ?client_id= focus the app opened us with. */
function withQuery(ctx: Context, extra: string): string {
  const clientId = queryString(ctx, 'client_id');
  return `/security-center?${clientId ? `client_id=${encodeURIComponent(clientId)}&` : ''}${extra}`;
}

function notFound(ctx: Context): void {
  renderPage(ctx, {
    title: 'Not found',
    status: 404,
    body: html`<div class="card"><h1>That link no longer exists</h1><p><a href="/security-center">Back to linked apps</a></p></div>`,
  });
}
