import * as oauth from 'oauth4webapi';
import { z } from 'zod';
import type { Institution } from '@/lib/bank/institutions';

// The bank's OAuth endpoints through oauth4webapi: no hand-made token requests. Every call names
// its institution (lib/bank/institutions.ts): one Cashlens talks to several banks.
const TOKEN_CALL_TIMEOUT_MS = 15_000;

function toAuthorizationServer(config: Institution): oauth.AuthorizationServer {
  return {
    issuer: config.issuer,
    authorization_endpoint: config.authorizeUrl,
    token_endpoint: config.tokenUrl,
    revocation_endpoint: config.revocationUrl,
    // oauth4webapi compares `iss` to the issuer whenever it is sent and, when the bank
    // advertises the parameter (RFC 9207), refuses a response that lacks it (a mix-up attack).
    authorization_response_iss_parameter_supported: config.quirks.issParameter === 'required',
  };
}

/** Plain http is accepted only for a bank on this machine: the sandbox. */
function requestOptions(config: Institution) {
  const host = new URL(config.tokenUrl).hostname;
  const local = host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
  return { [oauth.allowInsecureRequests]: local, signal: AbortSignal.timeout(TOKEN_CALL_TIMEOUT_MS) };
}

function clientOf(config: Institution) {
  const auth = config.quirks.tokenEndpointAuth === 'client_secret_post' ? oauth.ClientSecretPost(config.clientSecret) : oauth.ClientSecretBasic(config.clientSecret);
  return { client: { client_id: config.clientId } satisfies oauth.Client, auth };
}

export type AuthorizationRequest = { url: URL; state: string; codeVerifier: string };

export async function buildAuthorizationRequest(config: Institution): Promise<AuthorizationRequest> {
  const state = oauth.generateRandomState();
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const url = new URL(config.authorizeUrl);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('redirect_uri', config.redirectUri);
  url.searchParams.set('scope', config.quirks.scope);
  url.searchParams.set('state', state);
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(codeVerifier));
  url.searchParams.set('code_challenge_method', 'S256');
  return { url, state, codeVerifier };
}

// Chase's token response: the standard fields plus when consent was given and how long the
// refresh token lives. Unknown fields are ignored; wrong types are refused.
const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().refine((type) => type.toLowerCase() === 'bearer', 'token_type must be bearer'),
  expires_in: z.number().int().positive().optional(),
  refresh_token: z.string().min(1).optional(),
  refresh_token_expires_in: z.number().int().positive().optional(),
  consented_on: z.number().int().positive().optional(),
  scope: z.string().optional(),
});

export type BankTokens = {
  accessToken: string;
  refreshToken: string | null;
  accessTokenExpiresAt: Date;
  refreshTokenExpiresAt: Date | null;
  consentedAt: Date | null;
  scope: string | null;
};

function toBankTokens(raw: unknown, now: Date, config: Institution): BankTokens {
  const parsed = tokenResponseSchema.safeParse(raw);
  if (!parsed.success) throw new OAuthResponseError('The bank returned a token response Cashlens cannot read.');
  const t = parsed.data;
  return {
    accessToken: t.access_token,
    refreshToken: t.refresh_token ?? null,
    // Without expires_in, assume the bank's documented lifetime (Chase: 15 minutes) rather than forever.
    accessTokenExpiresAt: new Date(now.getTime() + (t.expires_in ?? config.quirks.accessTokenSecondsWhenMissing) * 1000),
    refreshTokenExpiresAt: t.refresh_token_expires_in ? new Date(now.getTime() + t.refresh_token_expires_in * 1000) : null,
    consentedAt: t.consented_on ? new Date(t.consented_on * 1000) : null,
    scope: t.scope ?? null,
  };
}

/** The bank said no (invalid_grant, invalid_client, …) or answered something unreadable. */
export class OAuthResponseError extends Error {
  constructor(
    message: string,
    readonly oauthError?: string,
    // No answer at all (refused connection, unknown host, timeout): often a wrong configured URL.
    readonly unreachable = false,
  ) {
    super(message);
    this.name = 'OAuthResponseError';
  }
}

function rethrow(error: unknown): never {
  if (error instanceof oauth.ResponseBodyError) throw new OAuthResponseError(`The bank refused: ${error.error}`, error.error);
  if (error instanceof oauth.AuthorizationResponseError) throw new OAuthResponseError(`The bank refused: ${error.error}`, error.error);
  // A 401 with a WWW-Authenticate challenge: the token endpoint did not accept our client (RFC 6749 §5.2).
  if (error instanceof oauth.WWWAuthenticateChallengeError) {
    const code = error.cause[0]?.parameters.error ?? (error.status === 401 ? 'invalid_client' : 'server_error');
    throw new OAuthResponseError(`The bank refused: ${code}`, code);
  }
  if (error instanceof OAuthResponseError) throw error;
  if (error instanceof oauth.OperationProcessingError || error instanceof oauth.UnsupportedOperationError) {
    throw new OAuthResponseError(`The bank's answer was not valid: ${error.message}`);
  }
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    throw new OAuthResponseError('The bank did not answer in time.', undefined, true);
  }
  if (error instanceof TypeError) throw new OAuthResponseError('The bank could not be reached.', undefined, true);
  throw error;
}

/**
 * Checks the redirect's parameters (state, iss, error) and exchanges the code.
 * `callbackUrl` is the full URL the bank redirected to.
 */
export async function exchangeAuthorizationCode(callbackUrl: URL, expectedState: string, codeVerifier: string, config: Institution): Promise<BankTokens> {
  return callBank(config, async (as, client, auth) => {
    const params = oauth.validateAuthResponse(as, client, callbackUrl, expectedState);
    const response = await oauth.authorizationCodeGrantRequest(as, client, auth, params, config.redirectUri, codeVerifier, requestOptions(config));
    return toBankTokens(await oauth.processAuthorizationCodeResponse(as, client, response), new Date(), config);
  });
}

export async function refreshAccessToken(refreshToken: string, config: Institution): Promise<BankTokens> {
  return callBank(config, async (as, client, auth) => {
    const response = await oauth.refreshTokenGrantRequest(as, client, auth, refreshToken, requestOptions(config));
    return toBankTokens(await oauth.processRefreshTokenResponse(as, client, response), new Date(), config);
  });
}

/** RFC 7009 revocation. Revoking the refresh token ends the whole grant at the bank. */
export async function revokeToken(token: string, config: Institution): Promise<void> {
  return callBank(config, async (as, client, auth) => {
    const response = await oauth.revocationRequest(as, client, auth, token, requestOptions(config));
    await oauth.processRevocationResponse(response);
  });
}

/** One call to the bank's authorization server, its failures turned into the app's bank errors. */
async function callBank<T>(config: Institution, call: (as: oauth.AuthorizationServer, client: oauth.Client, auth: oauth.ClientAuth) => Promise<T>): Promise<T> {
  const { client, auth } = clientOf(config);
  try {
    return await call(toAuthorizationServer(config), client, auth);
  } catch (error) {
    rethrow(error);
  }
}
