import { createFdxClientWithTokens } from '@/lib/bank/fdx-client';
import { getInstitution, SANDBOX_CREDIT_UNION_ID, sandboxCreditUnionEntry, type Institution } from '@/lib/bank/institutions';
import type { BankContact } from '@/lib/bank/types';
import { buildAuthorizationRequest, exchangeAuthorizationCode } from '@/lib/bank/oauth-client';
import { saveLinkedConnection } from '@/lib/bank/save-connection';
import type { Db } from '@/lib/db';
import { createTestPerson } from '@/lib/workspaces/test-helpers/person';
// Tests only: the app never imports the sandbox; a test may drive it over HTTP like a person would.
import { approveInBrowser } from '@/sandbox/test-helpers/sandbox-fixture';

// A linked connection without the app's browser flow: real tokens from the sandbox's own login and
// consent pages, then stored exactly as the Connect callback stores them (sealed tokens, shared
// accounts with balances and holders), through the lead's functions.

export const sandboxUsers = {
  consumer: { username: 'consumer', password: 'sandbox-consumer' },
  single: { username: 'single', password: 'sandbox-single' },
  business: { username: 'business', password: 'sandbox-business' },
  fraud: { username: 'fraud', password: 'sandbox-fraud' },
  // At the second sandbox bank (SANDBOX_INSTITUTION=credit-union).
  consumer2: { username: 'consumer2', password: 'sandbox-consumer2' },
  business2: { username: 'business2', password: 'sandbox-business2' },
} as const;

/** Bank settings pointing at a sandbox on any port; also made the process default (token refresh reads it). */
export function pointAtSandboxBank(sandboxUrl: string): Institution {
  process.env.BANK_ISSUER = sandboxUrl;
  // A fixed test key: tests never write a key file into the data folder.
  process.env.TOKEN_ENCRYPTION_KEYS ??= `ktest:${Buffer.alloc(32, 7).toString('base64')}`;
  return getInstitution('chase', { ...process.env });
}

/** The second sandbox bank configured as an operator would (BANK_INSTITUTIONS), on any port. */
export function pointAtCreditUnionSandbox(sandboxUrl: string): Institution {
  process.env.BANK_INSTITUTIONS = JSON.stringify([sandboxCreditUnionEntry(sandboxUrl)]);
  process.env.TOKEN_ENCRYPTION_KEYS ??= `ktest:${Buffer.alloc(32, 7).toString('base64')}`;
  return getInstitution(SANDBOX_CREDIT_UNION_ID, { ...process.env });
}

// The sandbox keeps one link per app and customer (linking again replaces it, as Chase does), so a
// test that needs two live links to the same customer links the second through another client.
export const referenceClient = { client_id: 'cashlens-reference', client_secret: 'cashlens-reference-secret', redirect_uri: 'http://localhost:3000/api/bank/callback', client_name: 'Cashlens (reference)' };

export type LinkedSandboxConnection = { workspaceId: string; connectionId: string; accountIds: string[] };

type LinkOptions = { user?: keyof typeof sandboxUsers; accountIds?: string[]; asReferenceClient?: boolean; institution?: 'chase' | typeof SANDBOX_CREDIT_UNION_ID };

/** One consent at the sandbox: the tokens and what the Connect callback reads with them, not yet stored. */
export async function readSandboxLink(sandboxUrl: string, options: LinkOptions = {}) {
  let config = options.institution === SANDBOX_CREDIT_UNION_ID ? pointAtCreditUnionSandbox(sandboxUrl) : pointAtSandboxBank(sandboxUrl);
  // Its tokens are not refreshable through the app's default client; fine for a test's lifetime.
  if (options.asReferenceClient) config = { ...config, clientId: referenceClient.client_id, clientSecret: referenceClient.client_secret };
  const login = sandboxUsers[options.user ?? 'consumer'];
  const request = await buildAuthorizationRequest(config);
  const callback = await approveInBrowser(request.url, { ...login, accountIds: options.accountIds });
  const tokens = await exchangeAuthorizationCode(callback, request.state, request.codeVerifier, config);

  const client = createFdxClientWithTokens({ getAccessToken: async () => tokens.accessToken, onUnauthorized: async () => {} }, config);
  const accounts = await client.listAccounts();
  const contacts = new Map<string, BankContact>();
  for (const account of accounts) contacts.set(account.bankAccountId, await client.getAccountContact(account.bankAccountId));
  const customer = await client.getCurrentCustomer();
  return { institution: config.id, username: login.username, data: { tokens, accounts, contacts, customer } };
}

export async function linkSandboxConnection(
  db: Db,
  sandboxUrl: string,
  options: LinkOptions & { workspaceId?: string; email?: string } = {},
): Promise<LinkedSandboxConnection> {
  const link = await readSandboxLink(sandboxUrl, options);
  const workspaceId =
    options.workspaceId ??
    (await createTestPerson(db, { email: options.email ?? `${link.username}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test` })).id;
  const connectionId = await saveLinkedConnection(db, workspaceId, link.institution, null, link.data);
  const rows = await db.bankAccount.findMany({ where: { connectionId }, select: { id: true } });
  return { workspaceId, connectionId, accountIds: rows.map((row) => row.id) };
}
