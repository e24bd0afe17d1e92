import { z } from 'zod';
import { BankHttpError, MalformedBankResponseError, ReconnectNeededError } from '@/lib/bank/errors';
import { fdxAccountContactSchema, fdxAccountsResponseSchema, fdxCustomerSchema } from '@/lib/bank/fdx-account-schemas';
import { getInstitution, type Institution } from '@/lib/bank/institutions';
import { resilientFetch } from '@/lib/bank/resilient-fetch';
import { getAccessToken, refreshAfterRefusal } from '@/lib/bank/token-manager';
import { markAccessTokenRefused } from '@/lib/bank/connection-status';
import { toBankAccountSnapshot, type BankAccountSnapshot } from '@/lib/bank/transform-accounts';
import { toBankContact, toLinkedCustomer, type BankContact, type LinkedCustomer } from '@/lib/bank/transform-contacts';
import { transformTransactionsPage, type BankTransactionRow } from '@/lib/bank/transform-transactions';
import { getDb, type Db } from '@/lib/db';

// `currency` is the account's, for rows that do not name their own.
export type TransactionsPageParams = { startTime: string; endTime: string; offset?: string; limit?: number; currency?: string };
// totalElements: how many transactions the whole window holds, when the bank says (progress only).
export type TransactionsPage = { transactions: BankTransactionRow[]; nextOffset: string | null; totalElements: number | null };

/** What the rest of the app may ask a bank; every answer is already in the app's own types. */
export type FdxClient = {
  listAccounts(): Promise<BankAccountSnapshot[]>;
  getAccountContact(bankAccountId: string): Promise<BankContact>;
  getCurrentCustomer(): Promise<LinkedCustomer>;
  getTransactionsPage(bankAccountId: string, params: TransactionsPageParams): Promise<TransactionsPage>;
};

type TokenSource = {
  getAccessToken(): Promise<string>;
  /** A new access token after the bank refused `refusedAccessToken` (one refresh), when the source can refresh. */
  refreshAfterRefusal?(refusedAccessToken: string): Promise<string>;
  onUnauthorized(refusedAccessToken: string): Promise<void>;
};

// The envelope here; each item is validated by transformTransactionsPage (a bad one fails the page).
const transactionsPageSchema = z.object({
  transactions: z.array(z.unknown()),
  page: z.object({ nextOffset: z.string().optional(), totalElements: z.number().int().nonnegative().optional() }).optional(),
});

const ACCOUNTS_PAGE_LIMIT = 100;
// Safety stop for a bank whose paging never ends (e.g. a repeated nextOffset).
const MAX_ACCOUNT_PAGES = 50;

/**
 * An FDX v4 client for one institution on top of a token source. Raw payloads are validated and
 * transformed here and never leave lib/bank. `institution` may be a promise: a stored
 * connection's bank is read from its row on the first call.
 */
export function createFdxClientWithTokens(tokens: TokenSource, institution: Institution | Promise<Institution>): FdxClient {
  const config = Promise.resolve(institution);
  config.catch(() => {}); // surfaces on the first call, not as an unhandled rejection

  async function get<T extends z.ZodType>(path: string, query: Record<string, string | number | undefined>, schema: T): Promise<z.infer<T>> {
    const bank = await config;
    const breakerKey = `bank:${bank.id}`;
    const url = new URL(`${bank.fdxBaseUrl}${path}`);
    for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, String(value));
    const fetchWith = (accessToken: string) =>
      resilientFetch(url.toString(), { headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' } }, { idempotent: true, breakerKey });
    const isUnauthorized = (error: unknown) => error instanceof BankHttpError && error.status === 401;
    let accessToken = await tokens.getAccessToken();
    let response: Response;
    try {
      response = await fetchWith(accessToken);
    } catch (error) {
      if (!isUnauthorized(error)) throw error;
      // A bank may drop an access token before it expires: one refresh and one retry before
      // asking the user to reconnect. A refresh the bank refuses marks the connection itself.
      try {
        if (!tokens.refreshAfterRefusal) throw error;
        accessToken = await tokens.refreshAfterRefusal(accessToken);
        response = await fetchWith(accessToken);
      } catch (retryError) {
        if (!isUnauthorized(retryError)) throw retryError;
        await tokens.onUnauthorized(accessToken);
        throw new ReconnectNeededError('the bank refused the access token');
      }
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new MalformedBankResponseError(`${path} did not return JSON`);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new MalformedBankResponseError(`${path}: ${parsed.error.issues[0]?.message ?? 'unexpected shape'}`);
    return parsed.data;
  }

  return {
    async listAccounts() {
      const accounts: BankAccountSnapshot[] = [];
      let offset: string | undefined;
      for (let page = 0; page < MAX_ACCOUNT_PAGES; page++) {
        const fetchedAt = new Date();
        const body = await get('/accounts', { resultType: 'details', offset, limit: ACCOUNTS_PAGE_LIMIT }, fdxAccountsResponseSchema);
        accounts.push(...body.accounts.map((item) => toBankAccountSnapshot(item, fetchedAt)));
        const next = body.page?.nextOffset;
        if (!next || next === offset) return accounts;
        offset = next;
      }
      throw new MalformedBankResponseError('/accounts paging did not end');
    },
    getAccountContact: async (bankAccountId) => toBankContact(await get(`/accounts/${encodeURIComponent(bankAccountId)}/contact`, {}, fdxAccountContactSchema)),
    getCurrentCustomer: async () => toLinkedCustomer(await get('/customers/current', {}, fdxCustomerSchema)),
    async getTransactionsPage(bankAccountId, params) {
      const body = await get(
        `/accounts/${encodeURIComponent(bankAccountId)}/transactions`,
        { startTime: params.startTime, endTime: params.endTime, offset: params.offset, limit: params.limit },
        transactionsPageSchema,
      );
      return {
        transactions: transformTransactionsPage(body.transactions, params.currency),
        nextOffset: body.page?.nextOffset ?? null,
        totalElements: body.page?.totalElements ?? null,
      };
    },
  };
}


async function readConnectionInstitution(db: Db, connectionId: string): Promise<Institution> {
  const connection = await db.bankConnection.findUnique({ where: { id: connectionId }, select: { institution: true } });
  if (!connection) throw new ReconnectNeededError('connection not found');
  return getInstitution(connection.institution);
}

/**
 * The client for a stored connection, talking to the connection's own institution: tokens
 * refreshed as needed; a 401 after one refresh marks "reconnect needed".
 */
export function createFdxClient(connectionId: string, db: Db = getDb()): FdxClient {
  return createFdxClientWithTokens(
    {
      getAccessToken: () => getAccessToken(connectionId, db),
      refreshAfterRefusal: (refused) => refreshAfterRefusal(connectionId, refused, db),
      onUnauthorized: (refused) => markAccessTokenRefused(db, connectionId, refused),
    },
    readConnectionInstitution(db, connectionId),
  );
}
