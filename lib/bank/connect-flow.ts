import type { Db } from '@/lib/db';
import type { CurrentUser } from '@/lib/auth/current-user';
import { getBankConfig } from '@/lib/bank/config';
import { ConnectError } from '@/lib/bank/connect-errors';
import { createFdxClientWithTokens } from '@/lib/bank/fdx-client';
import type { FdxAccountContact, FdxCustomer } from '@/lib/bank/fdx-account-schemas';
import { buildAuthorizationRequest, exchangeAuthorizationCode, OAuthResponseError, revokeToken, type BankTokens } from '@/lib/bank/oauth-client';
import { consumePendingAuthorization, savePendingAuthorization, type DisplayMode } from '@/lib/bank/oauth-state';
import { saveLinkedConnection } from '@/lib/bank/save-connection';

export async function beginConnect(db: Db, user: CurrentUser, options: { displayMode: DisplayMode; reconnectConnectionId?: string | null }): Promise<URL> {
  const reconnectConnectionId = options.reconnectConnectionId ?? null;
  if (reconnectConnectionId) {
    const owned = await db.bankConnection.count({ where: { id: reconnectConnectionId, userId: user.id } });
    if (owned !== 1) throw new ConnectError('not_found');
  }
  const request = await buildAuthorizationRequest();
  await savePendingAuthorization(db, request.state, {
    userId: user.id,
    sessionId: user.sessionId,
    codeVerifier: request.codeVerifier,
    reconnectConnectionId,
    displayMode: options.displayMode,
  });
  return request.url;
}

export type ConnectResult = { connectionId: string; displayMode: DisplayMode };

/** Best effort: tokens we will not store should not stay alive at the bank. */
async function discardTokens(tokens: BankTokens): Promise<void> {
  await revokeToken(tokens.refreshToken ?? tokens.accessToken).catch(() => undefined);
}

async function readLinkedAccounts(tokens: BankTokens) {
  const client = createFdxClientWithTokens({ getAccessToken: async () => tokens.accessToken, onUnauthorized: async () => undefined });
  const accounts = await client.listAccounts();
  const contacts = new Map<string, FdxAccountContact>();
  for (const account of accounts) contacts.set(account.bankAccountId, await client.getAccountContact(account.bankAccountId));
  const customer: FdxCustomer | null = await client.getCurrentCustomer().catch(() => null);
  return { accounts, contacts, customer };
}

/**
 * Finishes the bank's redirect. Nothing reaches the token endpoint unless the `state` is
 * valid, unused, unexpired and belongs to this user's session; nothing is stored unless the
 * exchange and the first account read both succeed.
 */
export async function completeConnect(db: Db, user: CurrentUser, callbackUrl: URL): Promise<ConnectResult> {
  const state = callbackUrl.searchParams.get('state') ?? '';
  const pending = await consumePendingAuthorization(db, state, { userId: user.id, sessionId: user.sessionId });
  if (!pending) throw new ConnectError('state_invalid');

  const bankError = callbackUrl.searchParams.get('error');
  if (bankError) throw new ConnectError(bankError === 'access_denied' ? 'denied' : 'bank_error');

  let tokens: BankTokens;
  try {
    tokens = await exchangeAuthorizationCode(callbackUrl, state, pending.codeVerifier);
  } catch (error) {
    if (error instanceof OAuthResponseError) throw new ConnectError('exchange_failed');
    throw error;
  }

  let linked;
  try {
    linked = await readLinkedAccounts(tokens);
  } catch {
    await discardTokens(tokens);
    throw new ConnectError('bank_error');
  }
  if (linked.accounts.length === 0) {
    await discardTokens(tokens);
    throw new ConnectError('no_accounts');
  }
  const connectionId = await saveLinkedConnection(db, user.id, getBankConfig().institution, pending.reconnectConnectionId, { tokens, ...linked });
  return { connectionId, displayMode: pending.displayMode };
}
