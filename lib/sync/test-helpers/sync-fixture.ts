import { openAccessToken } from '@/lib/bank/connection-tokens';
import { resetCircuitBreakers } from '@/lib/bank/resilient-fetch';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import type { Db } from '@/lib/db';
import { sandboxNow } from '@/sandbox/clock';
import { adminRequest, adminToken, cashlensClient, fdxBase, startTestSandbox, type TestSandbox } from '@/sandbox/test-helpers/sandbox-fixture';
import type { SyncConfig } from '../config';
import { referenceClient } from './link-sandbox-connection';
import { getSyncConfig } from '../config';

// Shared by the sync engine's tests: a real sandbox bank on an ephemeral port and a real,
// migrated database (SQLite file or PostgreSQL, per CASHLENS_TEST_DB).
//
// Time is an input: the bank's clock starts pinned at BANK_START (never the real date), tests move
// it with setBankClock/advanceBankClock, and syncs run with `now: bankNow` so the app's "today" is
// the bank's. Nothing a test sees depends on the date the suite runs.

/** Where every world's bank clock starts: an ordinary day (no fraud scenario, no holder change). */
export const BANK_START = '2026-11-20T12:00:00.000Z';

/** The bank's "now" (the sandbox runs in this process): pass it as the sync's `now`. */
export const bankNow = (): Date => sandboxNow();

export type SyncWorld = { sandbox: TestSandbox; database: TestDatabase; db: Db; config: SyncConfig; stop(): Promise<void> };

export async function startSyncWorld(configOverrides: Partial<SyncConfig> = {}): Promise<SyncWorld> {
  const sandbox = await startTestSandbox({ clients: [{ client_id: cashlensClient.clientId, client_secret: cashlensClient.clientSecret, redirect_uri: cashlensClient.redirectUri, client_name: 'Cashlens' }, referenceClient] });
  // The sandbox's clock file and its data admin routes read the environment rather than the
  // sandbox's config: point both at this throwaway sandbox.
  process.env.SANDBOX_DATA_DIR = sandbox.config.dataDir;
  process.env.SANDBOX_ADMIN_TOKEN = adminToken;
  await setBankClock({ sandbox }, BANK_START);
  const database = await createTestDatabase();
  resetCircuitBreakers();
  const config = { ...getSyncConfig({}), ...configOverrides };
  return {
    sandbox,
    database,
    db: database.db,
    config,
    async stop() {
      await database.drop();
      await sandbox.stop();
    },
  };
}

/** Pins the bank's clock to an instant (an ISO string with a zone, or a day = that day at noon UTC); it runs on from there. */
export async function setBankClock(world: Pick<SyncWorld, 'sandbox'>, now: string | Date): Promise<void> {
  const instant = typeof now === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(now) ? `${now}T12:00:00.000Z` : new Date(now).toISOString();
  const response = await adminRequest(world.sandbox.url, 'POST', '/clock/set', { now: instant });
  if (response.status !== 200) throw new Error(`clock set failed: ${response.status} ${JSON.stringify(response.body)}`);
}

export async function advanceBankClock(world: SyncWorld, days: number): Promise<void> {
  const response = await adminRequest(world.sandbox.url, 'POST', '/clock/advance', { days });
  if (response.status !== 200) throw new Error(`clock advance failed: ${response.status}`);
}

export async function armFault(world: SyncWorld, fault: Record<string, unknown>): Promise<void> {
  const response = await adminRequest(world.sandbox.url, 'POST', '/faults', fault);
  if (response.status >= 300) throw new Error(`arming fault failed: ${response.status} ${JSON.stringify(response.body)}`);
}

/** The connection's current access token, as the app stores it. */
export async function accessTokenOf(db: Db, connectionId: string): Promise<string> {
  const row = await db.bankConnection.findUniqueOrThrow({ where: { id: connectionId } });
  const token = openAccessToken(row);
  if (!token) throw new Error('connection has no access token');
  return token;
}

/** The rows a user would see, without our own ids and timestamps: what "the same state" means. */
export async function snapshotTransactions(db: Db, connectionId: string) {
  const rows = await db.transaction.findMany({
    where: { account: { connectionId } },
    orderBy: [{ accountId: 'asc' }, { bankTransactionId: 'asc' }],
    select: {
      account: { select: { bankAccountId: true } },
      bankTransactionId: true, status: true, amountMinor: true, currency: true, bookedOn: true, transactedAt: true, postedAt: true,
      description: true, bankMerchantName: true, bankCategory: true, bankTransactionType: true, foreignAmountMinor: true,
      foreignCurrency: true, bankReferenceId: true, replacedPendingBankId: true, missingCount: true, categoryId: true,
      categorySource: true, merchantName: true, notes: true, isTransfer: true,
    },
  });
  // Category rows are per user with random ids: compare them by their stable key or name.
  const ids = [...new Set(rows.map((row) => row.categoryId).filter((id): id is string => id !== null))];
  const categories = new Map((await db.category.findMany({ where: { id: { in: ids } }, select: { id: true, key: true, name: true } })).map((c) => [c.id, c.key ?? c.name]));
  return rows.map(({ account, categoryId, ...row }) => ({ bankAccountId: account.bankAccountId, ...row, category: categoryId ? categories.get(categoryId) : null }));
}

type RawFdxTransaction = { transactionId: string; amount: number; debitCreditMemo: 'DEBIT' | 'CREDIT'; status: string };

/**
 * What the sandbox API serves right now, read over HTTP with the connection's own token and
 * converted with a deliberately different method (float × 100, rounded) than the app's parser.
 */
export async function readBankState(sandboxUrl: string, accessToken: string, base = fdxBase) {
  const get = async (route: string) => {
    const response = await fetch(`${sandboxUrl}${base}${route}`, { headers: { authorization: `Bearer ${accessToken}` } });
    if (!response.ok) throw new Error(`${route}: HTTP ${response.status}`);
    return response.json() as Promise<Record<string, unknown>>;
  };
  const accountsBody = (await get('/accounts?resultType=details&limit=1000')) as { accounts: Record<string, Record<string, unknown>>[] };
  const balances = new Map<string, { current: bigint | null; available: bigint | null }>();
  const transactions = new Map<string, { status: string; amountMinor: bigint }>();
  const cents = (value: unknown) => (typeof value === 'number' ? BigInt(Math.round(value * 100)) : null);
  for (const wrapper of accountsBody.accounts) {
    const [kind, account] = Object.entries(wrapper)[0]!;
    const id = account.accountId as string;
    balances.set(id, {
      current: cents(kind === 'loanAccount' ? (account.principalBalance ?? account.currentBalance) : kind === 'investmentAccount' ? account.currentValue : account.currentBalance),
      available: cents(kind === 'locAccount' ? (account.availableCredit ?? account.availableBalance) : kind === 'investmentAccount' ? account.availableCashBalance : account.availableBalance),
    });
    let offset = '';
    for (;;) {
      const page = (await get(`/accounts/${id}/transactions?startTime=2000-01-01&limit=1000${offset ? `&offset=${offset}` : ''}`)) as { transactions: Record<string, RawFdxTransaction>[]; page?: { nextOffset?: string } };
      for (const item of page.transactions) {
        const t = Object.values(item)[0]!;
        const magnitude = BigInt(Math.round(t.amount * 100));
        transactions.set(`${id}/${t.transactionId}`, { status: t.status === 'POSTED' ? 'posted' : 'pending', amountMinor: t.debitCreditMemo === 'DEBIT' ? -magnitude : magnitude });
      }
      if (!page.page?.nextOffset) break;
      offset = page.page.nextOffset;
    }
  }
  return { balances, transactions };
}
