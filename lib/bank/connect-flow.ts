import type { Db } from '@/lib/db';
import { ConnectError } from '@/lib/bank/connect-errors';
import { createFdxClientWithTokens } from '@/lib/bank/fdx-client';
import { DEFAULT_INSTITUTION_ID, findInstitution, type Institution } from '@/lib/bank/institutions';
import type { BankContact, LinkedCustomer } from '@/lib/bank/transform-contacts';
import { buildAuthorizationRequest, exchangeAuthorizationCode, OAuthResponseError, revokeToken, type BankTokens } from '@/lib/bank/oauth-client';
import { consumePendingAuthorization, savePendingAuthorization, type DisplayMode } from '@/lib/bank/oauth-state';
import { saveLinkedConnection } from '@/lib/bank/save-connection';
import { recordSecurityEvent } from '@/lib/security/activity';
import type { Actor } from '@/lib/workspaces/actor';
import { memberCan } from '@/lib/workspaces/memberships';

export type BeginConnectOptions = { displayMode: DisplayMode; institution?: string | null; reconnectConnectionId?: string | null };

/** The bank a Connect attempt is for: a reconnect goes back to the connection's own bank. */
async function chooseInstitution(db: Db, actor: Actor, options: BeginConnectOptions): Promise<Institution> {
  let id = options.institution || DEFAULT_INSTITUTION_ID;
  if (options.reconnectConnectionId) {
    const owned = await db.bankConnection.findFirst({ where: { id: options.reconnectConnectionId, workspaceId: actor.workspaceId }, select: { institution: true } });
    if (!owned) throw new ConnectError('not_found');
    id = owned.institution;
  }
  const institution = findInstitution(id);
  if (!institution) throw new ConnectError('institution_unknown');
  return institution;
}

/** Starts a link into the actor's workspace; the caller has checked that their role may write. */
export async function beginConnect(db: Db, actor: Actor, options: BeginConnectOptions): Promise<URL> {
  const institution = await chooseInstitution(db, actor, options);
  await checkReachable(institution);
  const request = await buildAuthorizationRequest(institution);
  await savePendingAuthorization(db, request.state, {
    userId: actor.id,
    workspaceId: actor.workspaceId,
    sessionId: actor.sessionId,
    codeVerifier: request.codeVerifier,
    reconnectConnectionId: options.reconnectConnectionId ?? null,
    institution: institution.id,
    displayMode: options.displayMode,
  });
  return request.url;
}

function exchangeFailureCode(error: OAuthResponseError) {
  if (error.unreachable) return 'bank_unreachable';
  // A refused client (wrong id or secret) is the operator's configuration, not a passing failure.
  if (error.oauthError === 'invalid_client' || error.oauthError === 'unauthorized_client') return 'bank_misconfigured';
  return 'exchange_failed';
}

// Sending the browser to a bank that does not answer would leave the person on a browser error
// page; a quick look first turns a wrong configured address into a message. Any HTTP answer counts.
const REACHABILITY_TIMEOUT_MS = 3_000;

async function checkReachable(institution: Institution): Promise<void> {
  try {
    await fetch(new URL(institution.authorizeUrl).origin, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(REACHABILITY_TIMEOUT_MS) });
  } catch {
    throw new ConnectError('bank_unreachable');
  }
}

export type ConnectResult = { connectionId: string; displayMode: DisplayMode };

/** Best effort: tokens we will not store should not stay alive at the bank. */
async function discardTokens(tokens: BankTokens, institution: Institution): Promise<void> {
  await revokeToken(tokens.refreshToken ?? tokens.accessToken, institution).catch(() => undefined);
}

async function readLinkedAccounts(tokens: BankTokens, institution: Institution) {
  const client = createFdxClientWithTokens({ getAccessToken: async () => tokens.accessToken, onUnauthorized: async () => undefined }, institution);
  const accounts = await client.listAccounts();
  const contacts = new Map<string, BankContact>();
  for (const account of accounts) contacts.set(account.bankAccountId, await client.getAccountContact(account.bankAccountId));
  const customer: LinkedCustomer | null = await client.getCurrentCustomer().catch(() => null);
  return { accounts, contacts, customer };
}

/**
 * Finishes the bank's redirect. Nothing reaches the token endpoint unless the `state` is
 * valid, unused, unexpired and belongs to this user's session; nothing is stored unless the
 * exchange and the first account read both succeed.
 */
export async function completeConnect(db: Db, user: { id: string; sessionId: string }, callbackUrl: URL): Promise<ConnectResult> {
  const state = callbackUrl.searchParams.get('state') ?? '';
  const pending = await consumePendingAuthorization(db, state, { userId: user.id, sessionId: user.sessionId });
  if (!pending) throw new ConnectError('state_invalid');
  // The link goes into the workspace it was started for, and only while this person may still
  // change it there (an owner may have removed them or made them a viewer in the meantime).
  if (!(await memberCan(db, user.id, pending.workspaceId, 'write'))) throw new ConnectError('not_allowed');

  // The bank comes from the state this session stored, never from the redirect's query.
  const institution = findInstitution(pending.institution);
  if (!institution) throw new ConnectError('institution_unknown');

  const bankError = callbackUrl.searchParams.get('error');
  if (bankError) throw new ConnectError(bankError === 'access_denied' ? 'denied' : 'bank_error');

  let tokens: BankTokens;
  try {
    tokens = await exchangeAuthorizationCode(callbackUrl, state, pending.codeVerifier, institution);
  } catch (error) {
    // A refused client (wrong id or secret) is the operator's configuration, not a passing failure.
    if (error instanceof OAuthResponseError) throw new ConnectError(exchangeFailureCode(error));
    throw error;
  }

  let linked;
  try {
    linked = await readLinkedAccounts(tokens, institution);
  } catch {
    await discardTokens(tokens, institution);
    throw new ConnectError('bank_error');
  }
  if (linked.accounts.length === 0) {
    await discardTokens(tokens, institution);
    throw new ConnectError('no_accounts');
  }
  const connectionId = await saveLinkedConnection(db, pending.workspaceId, institution.id, pending.reconnectConnectionId, { tokens, ...linked });
  // Who linked these accounts: only they may later keep one private (lib/workspaces/actions.ts).
  await db.bankAccount.updateMany({ where: { connectionId, addedById: null }, data: { addedById: user.id } });
  await recordSecurityEvent(db, { userId: user.id, kind: pending.reconnectConnectionId ? 'bank_reconnected' : 'bank_linked', detail: { connectionId, institution: institution.id } });
  return { connectionId, displayMode: pending.displayMode };
}
