import Provider, { interactionPolicy, type Configuration, type ErrorOut, type KoaContextWithOIDC } from 'oidc-provider';
import type { SandboxConfig } from '../config';
import { findSandboxCustomerById } from '../data/customers';
import { html } from '../pages/html';
import { renderPage } from '../pages/layout';
import type { SandboxDatabase } from '../store/database';
import { createSqliteAdapterFactory } from '../store/oidc-adapter';
import { loadSandboxSecrets } from '../store/secrets';
import { oauthRoutes } from './routes';

// The authorization server is oidc-provider configured to behave like Chase's
// aggregator OAuth: plain OAuth 2.0, one scope, confidential clients, PKCE S256.

export type OAuthRuntimeSettings = { rotateRefreshTokens: boolean };

const oneYearSeconds = 365 * 24 * 60 * 60;

export function createSandboxProvider(
  config: SandboxConfig,
  db: SandboxDatabase,
  settings: OAuthRuntimeSettings,
): Provider {
  const secrets = loadSandboxSecrets(db);
  const configuration: Configuration = {
    adapter: createSqliteAdapterFactory(db),
    clients: config.clients.map((client) => ({
      client_id: client.client_id,
      client_secret: client.client_secret,
      client_name: client.client_name,
      redirect_uris: [client.redirect_uri],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      // client_secret_post is accepted too: see acceptClientSecretPost.
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    clientAuthMethods: ['client_secret_basic', 'client_secret_post'],
    jwks: secrets.signingKeys,
    cookies: {
      keys: secrets.cookieKeys,
      names: { session: 'sandbox_oauth_session', interaction: 'sandbox_interaction', resume: 'sandbox_interaction_resume' },
    },
    features: {
      devInteractions: { enabled: false },
      // An app may only revoke or inspect its own tokens; others get the RFC's
      // silent 200 (revocation) or active:false (introspection).
      revocation: { enabled: true, allowedPolicy: async (_ctx, client, token) => token.clientId === client.clientId },
      introspection: { enabled: true, allowedPolicy: async (_ctx, client, token) => token.clientId === client.clientId },
      // Without a resource indicator the access token is opaque and carries the grant's scope.
      resourceIndicators: { enabled: false },
      userinfo: { enabled: false },
      rpInitiatedLogout: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      // Chase's FDX API takes plain bearer tokens; the sandbox's does not check DPoP proofs, so
      // it must not advertise sender-constrained tokens either.
      dPoP: { enabled: false },
    },
    scopes: ['aggregator'],
    responseTypes: ['code'],
    pkce: { required: () => true },
    allowOmittingSingleRegisteredRedirectUri: false,
    routes: {
      authorization: oauthRoutes.authorize,
      token: oauthRoutes.token,
      revocation: oauthRoutes.revoke,
      introspection: oauthRoutes.introspect,
      jwks: oauthRoutes.jwks,
    },
    ttl: {
      AccessToken: config.accessTokenTtl,
      AuthorizationCode: 60,
      RefreshToken: oneYearSeconds,
      Grant: oneYearSeconds,
      Session: 60 * 60,
      Interaction: 60 * 60,
    },
    // Chase issues refresh tokens without offline_access and they outlive the browser session.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    expiresWithSession: async () => false,
    rotateRefreshToken: () => settings.rotateRefreshTokens,
    // oidc-provider already kills every token of the grant when one is revoked;
    // ending the grant too keeps the Security Center from listing a dead link.
    revokeGrantPolicy: () => true,
    // Every link is a fresh consent, so the customer always picks accounts again.
    loadExistingGrant: async (ctx) => {
      const grantId = ctx.oidc.result?.consent?.grantId;
      return grantId ? ctx.oidc.provider.Grant.find(grantId) : undefined;
    },
    interactions: {
      url: async (_ctx, interaction) => `/sandbox/interaction/${interaction.uid}`,
      policy: createInteractionPolicy(),
    },
    findAccount: async (_ctx, sub) =>
      findSandboxCustomerById(sub) ? { accountId: sub, claims: async () => ({ sub }) } : undefined,
    clientBasedCORS: () => false,
    renderError: async (ctx, out) => renderOAuthError(ctx, out),
  };
  return new Provider(config.issuer, configuration);
}

/** Ask for the password on every link, like Chase, so tests can switch customers freely. */
function createInteractionPolicy() {
  const policy = interactionPolicy.base();
  policy
    .get('login')
    ?.checks.add(
      new interactionPolicy.Check('sandbox_login_each_link', 'the bank asks for credentials on every link', (ctx) =>
        ctx.oidc.result?.login ? interactionPolicy.Check.NO_NEED_TO_PROMPT : interactionPolicy.Check.REQUEST_PROMPT,
      ),
    );
  return policy;
}

function renderOAuthError(ctx: KoaContextWithOIDC, out: ErrorOut): void {
  const error = out.error;
  const description = out.error_description ?? '';
  renderPage(ctx, {
    title: 'Request not accepted',
    status: ctx.status >= 400 ? ctx.status : 400,
    body: html`<div class="card">
<h1>We couldn't continue</h1>
<p>The app that sent you here made a request the bank cannot accept.</p>
<p class="muted">Error: <code data-testid="oauth-error">${error}</code></p>
<p class="muted">${description}</p>
<p>You can close this window and return to the app.</p>
</div>`,
  });
}
