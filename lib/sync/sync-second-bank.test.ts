import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cashlensClient, startTestSandbox, type TestSandbox } from '../../sandbox/test-helpers/sandbox-fixture';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { resetCircuitBreakers } from '@/lib/bank/resilient-fetch';
import { SANDBOX_CREDIT_UNION_ID } from '@/lib/bank/institutions';
import { getSyncConfig } from './config';
import { syncConnection } from './sync-connection';
import { linkSandboxConnection } from './test-helpers/link-sandbox-connection';
import { accessTokenOf, readBankState, snapshotTransactions } from './test-helpers/sync-fixture';

// A connection at the second sandbox bank (Lakeshore Credit Union: its own issuer and FDX base)
// syncs like a Chase one: the engine reads through the connection's own institution.

let sandbox: TestSandbox;
let database: TestDatabase;

beforeAll(async () => {
  sandbox = await startTestSandbox({ institution: 'credit-union', clients: [{ client_id: cashlensClient.clientId, client_secret: cashlensClient.clientSecret, redirect_uri: cashlensClient.redirectUri, client_name: 'Cashlens' }] });
  database = await createTestDatabase();
  resetCircuitBreakers();
}, 60_000);
afterAll(async () => {
  delete process.env.BANK_INSTITUTIONS;
  await database?.drop();
  await sandbox?.stop();
});

describe('syncing a connection at the second bank', () => {
  it('imports the business’s second checking account, equal to what that bank serves', async () => {
    const link = await linkSandboxConnection(database.db, sandbox.url, { user: 'business2', institution: SANDBOX_CREDIT_UNION_ID });
    expect((await database.db.bankConnection.findUniqueOrThrow({ where: { id: link.connectionId } })).institution).toBe(SANDBOX_CREDIT_UNION_ID);

    const outcome = await syncConnection(database.db, link.connectionId, { trigger: 'manual', config: getSyncConfig({}) });
    expect(outcome).toMatchObject({ status: 'succeeded' });

    const bank = await readBankState(sandbox.url, await accessTokenOf(database.db, link.connectionId), '/api/cu/fdx/v4');
    const rows = await snapshotTransactions(database.db, link.connectionId);
    expect(rows.length).toBeGreaterThan(10);
    expect(new Set(rows.map((row) => row.bankAccountId))).toEqual(new Set(['acc-cu-harbor-checking']));
    const ours = Object.fromEntries(rows.map((row) => [`${row.bankAccountId}/${row.bankTransactionId}`, { status: row.status, amountMinor: row.amountMinor }]));
    expect(ours).toEqual(Object.fromEntries(bank.transactions));
    const [account] = await database.db.bankAccount.findMany({ where: { connectionId: link.connectionId } });
    expect({ current: account!.currentBalanceMinor, available: account!.availableBalanceMinor }).toEqual(bank.balances.get('acc-cu-harbor-checking'));
  });
});
