import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { FdxClient } from '@/lib/bank/fdx-client';
import type { BankAccountSnapshot } from '@/lib/bank/transform-accounts';
import { maxDay, toIsoDay } from '@/lib/dates';
import type { Db } from '@/lib/db';
import { getSyncConfig, type SyncConfig } from './config';
import { describeSyncError } from './errors';
import { acquireSyncLease, releaseSyncLease, renewSyncLease } from './lease';
import { hasSyncProcessors, runSyncProcessors, runSyncRunFinishers } from './processors';
import { createSyncRun, finishSyncRun, type SyncTrigger } from './runs';
import { createSyncBankClient } from './bank-client';
import { openBulkSqlite } from './sqlite-bulk';
import { inTransaction, providerOf, type SqlRunner } from './sql';
// Every bundle that can run a sync (route handlers, actions, the background worker) must have the
// features' processors registered; importing them here guarantees it.
import './register-processors';
import { LeaseLostError, syncAccount, type AccountSyncContext, type SyncAccount, type SyncHooks } from './sync-account';
import { log } from '@/lib/log';

// A connection's sync: take the lease, record a run, read balances once, sync every shared
// account, hand new rows to processors, finish the run. `beginSync` returns as soon as the run
// exists (the UI polls its progress); a second caller while it runs joins the same run.

export type SyncOptions = {
  trigger: SyncTrigger;
  config?: SyncConfig;
  createClient?: (db: Db, connectionId: string) => FdxClient;
  hooks?: SyncHooks;
};

export type SyncOutcome = { runId: string; status: 'succeeded' | 'failed'; errorCode?: string; error?: string };
export type SyncStart =
  | { started: true; joined: boolean; runId: string; done: Promise<SyncOutcome> }
  | { started: false; reason: 'not_found' | 'not_active'; runId?: undefined; done?: undefined };

const owner = `${os.hostname()}:${process.pid}`;
// Runs of this process, so "Sync now" during a sync awaits the same promise. On globalThis so
// Next's module reloads in development share it.
const store = globalThis as typeof globalThis & { cashlensSyncRuns?: Map<string, { runId: string; done: Promise<SyncOutcome> }> };
const inProcess = (store.cashlensSyncRuns ??= new Map());

// A run in another process: poll its row until it ends, or until its lease is gone while the row
// still says running (its process died; the next sync marks it abandoned).
async function waitForRun(db: Db, connectionId: string, runId: string, pollMs = 500): Promise<SyncOutcome> {
  for (let polls = 0; ; polls++) {
    const run = await db.syncRun.findUnique({ where: { id: runId }, select: { status: true, errorCode: true, error: true } });
    if (run && run.status !== 'running') {
      return { runId, status: run.status === 'succeeded' ? 'succeeded' : 'failed', errorCode: run.errorCode ?? undefined, error: run.error ?? undefined };
    }
    const lease = await db.syncLease.findUnique({ where: { connectionId }, select: { runId: true, expiresAt: true } });
    const alive = lease?.runId === runId && lease.expiresAt.getTime() > Date.now();
    // A run row appears just after its lease is taken; give it a moment before calling it dead.
    if (!alive && polls > 4) return { runId, status: 'failed', errorCode: 'interrupted', error: 'The sync stopped before it finished.' };
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

export async function beginSync(db: Db, connectionId: string, options: SyncOptions): Promise<SyncStart> {
  const local = inProcess.get(connectionId);
  if (local) return { started: true, joined: true, runId: local.runId, done: local.done };

  const connection = await db.bankConnection.findUnique({ where: { id: connectionId }, select: { userId: true, status: true } });
  if (!connection) return { started: false, reason: 'not_found' };
  if (connection.status !== 'active') return { started: false, reason: 'not_active' };

  const config = options.config ?? getSyncConfig();
  const runId = randomUUID();
  const claim = await acquireSyncLease(db, connectionId, runId, owner, config.leaseMs);
  if (!claim.acquired) {
    const again = inProcess.get(connectionId);
    if (again) return { started: true, joined: true, runId: again.runId, done: again.done };
    if (!claim.runId) return beginSync(db, connectionId, options); // released between our two reads
    return { started: true, joined: true, runId: claim.runId, done: waitForRun(db, connectionId, claim.runId) };
  }

  const startedAt = new Date();
  try {
    await createSyncRun(db, { id: runId, userId: connection.userId, connectionId, trigger: options.trigger, startedAt });
  } catch (error) {
    await releaseSyncLease(db, connectionId, runId);
    throw error;
  }
  const done = runSync(db, { runId, userId: connection.userId, connectionId, startedAt, config, options }).finally(() => inProcess.delete(connectionId));
  inProcess.set(connectionId, { runId, done });
  return { started: true, joined: false, runId, done };
}

/** Runs (or joins) a sync and waits for it to end. */
export async function syncConnection(db: Db, connectionId: string, options: SyncOptions): Promise<SyncOutcome | { runId?: undefined; status: 'skipped'; reason: string }> {
  const start = await beginSync(db, connectionId, options);
  if (!start.started) return { status: 'skipped', reason: start.reason };
  return start.done;
}

type RunContext = { runId: string; userId: string; connectionId: string; startedAt: Date; config: SyncConfig; options: SyncOptions };

async function runSync(db: Db, run: RunContext): Promise<SyncOutcome> {
  const { runId, connectionId, config } = run;
  let leaseLost = false;
  const heartbeat = setInterval(() => {
    renewSyncLease(db, connectionId, runId, config.leaseMs)
      .then(async (held) => {
        if (!held) leaseLost = true;
        else await db.syncRun.update({ where: { id: runId }, data: { heartbeatAt: new Date() } });
      })
      .catch(() => {}); // a missed renewal is retried on the next beat; the lease has slack
  }, Math.max(1_000, Math.floor(config.leaseMs / 4)));
  heartbeat.unref();

  let outcome: SyncOutcome;
  try {
    await syncAllAccounts(db, run, () => {
      if (leaseLost) throw new LeaseLostError();
    });
    outcome = { runId, status: 'succeeded' };
    await finishSyncRun(db, runId, outcome);
    await db.bankConnection.update({ where: { id: connectionId }, data: { lastSyncedAt: new Date() } });
  } catch (error) {
    const described = describeSyncError(error);
    if (described.errorCode === 'internal') log.error('sync run failed', { runId, connectionId, error });
    outcome = { runId, status: 'failed', ...described };
    await finishSyncRun(db, runId, outcome).catch((finishError: unknown) => log.error('could not record the failed sync run', { runId, error: finishError }));
  } finally {
    clearInterval(heartbeat);
    await releaseSyncLease(db, connectionId, runId).catch(() => {});
  }
  return outcome;
}

async function syncAllAccounts(db: Db, run: RunContext, checkLease: () => void): Promise<void> {
  const client = (run.options.createClient ?? createSyncBankClient)(db, run.connectionId);
  const accounts = await db.bankAccount.findMany({
    where: { connectionId: run.connectionId, userId: run.userId, sharing: 'shared' },
    select: { id: true, userId: true, connectionId: true, bankAccountId: true, currency: true },
    orderBy: { createdAt: 'asc' },
  });
  await db.syncRun.update({ where: { id: run.runId }, data: { accountsTotal: accounts.length } });

  const bulk = providerOf(db) === 'sqlite' ? await openBulkSqlite(db) : null;
  const pageTransaction = <T>(work: (sql: SqlRunner) => Promise<T>) => (bulk ? bulk.transaction(work) : inTransaction(db, (sql) => work(sql)));
  try {
    // The where above pins connectionId (nullable only because manual accounts have none).
    await syncAccounts(db, run, client, accounts.map((account) => ({ ...account, connectionId: run.connectionId })), { checkLease, pageTransaction });
  } finally {
    bulk?.close();
  }
  await refreshPlannerStatistics(db, run);
  await processNewTransactions(db, run);
}

// After a large import the query planner's picture of Transaction is stale (or, on a fresh SQLite
// file, missing): without it, "userId = ? AND id IN (…)" lookups by the processors pick the userId
// index and scan the whole history once per batch. Fresh statistics make them primary-key reads.
const STATISTICS_AFTER_ROWS = 5_000;

async function refreshPlannerStatistics(db: Db, run: RunContext): Promise<void> {
  const { addedCount } = await db.syncRun.findUniqueOrThrow({ where: { id: run.runId }, select: { addedCount: true } });
  if (addedCount < STATISTICS_AFTER_ROWS) return;
  // A full pass, not a sample: a sample cannot see that one user owns every row, which is the
  // very fact the planner needs. It runs after imports of many rows only, so it is rare.
  await db.$executeRawUnsafe('ANALYZE "Transaction"');
}

type Shared = { checkLease: () => void; pageTransaction: AccountSyncContext['pageTransaction'] };

async function syncAccounts(db: Db, run: RunContext, client: FdxClient, accounts: SyncAccount[], shared: Shared): Promise<void> {
  // One /accounts call gives every balance, and the bank's own "today" (its clock may differ from ours).
  const balances = new Map<string, BankAccountSnapshot>();
  for (const snapshot of await client.listAccounts()) balances.set(snapshot.bankAccountId, snapshot);
  const bankToday = maxDay(toIsoDay(new Date()), ...[...balances.values()].map((b) => toIsoDay(b.balanceAsOf)))!;

  // An account the bank no longer lists is not shared any more: shown as such, never deleted.
  const unshared = accounts.filter((account) => !balances.has(account.bankAccountId)).map((account) => account.id);
  if (unshared.length > 0) await db.bankAccount.updateMany({ where: { id: { in: unshared }, userId: run.userId }, data: { sharing: 'not_shared' } });

  for (const account of accounts) {
    shared.checkLease();
    if (!balances.has(account.bankAccountId)) continue;
    await syncAccount(
      { db, client, config: run.config, runId: run.runId, runStartedAt: run.startedAt, bankToday, hooks: run.options.hooks, ...shared },
      account,
      balances.get(account.bankAccountId),
    );
  }
}

// Rows inserted since the last successful run of this connection: this run's, plus those of any
// run that died before its processors ran. Walked in (createdAt, id) order on an index of exactly
// that, so each batch is a range read however long the history: a bulk page shares one createdAt,
// so the rest of a timestamp is read first, then the next timestamps.
async function processNewTransactions(db: Db, run: RunContext): Promise<void> {
  if (!hasSyncProcessors()) return;
  const previous = await db.syncRun.findFirst({
    where: { connectionId: run.connectionId, status: 'succeeded', id: { not: run.runId } },
    orderBy: { startedAt: 'desc' },
    select: { finishedAt: true },
  });
  const scope = { userId: run.userId, account: { connectionId: run.connectionId } };
  const select = { id: true, createdAt: true } as const;
  let cursor: { createdAt: Date; id: string } | null = null;
  for (;;) {
    let batch: { id: string; createdAt: Date }[] = [];
    if (cursor) {
      batch = await db.transaction.findMany({
        where: { ...scope, createdAt: cursor.createdAt, id: { gt: cursor.id } },
        select,
        orderBy: { id: 'asc' },
        take: PROCESSOR_BATCH,
      });
    }
    if (batch.length === 0) {
      batch = await db.transaction.findMany({
        where: { ...scope, createdAt: cursor ? { gt: cursor.createdAt } : { gte: previous?.finishedAt ?? new Date(0) } },
        select,
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take: PROCESSOR_BATCH,
      });
    }
    if (batch.length === 0) break;
    await runSyncProcessors({ db, userId: run.userId, connectionId: run.connectionId, runId: run.runId, newTransactionIds: batch.map((row) => row.id) });
    const last = batch.at(-1)!;
    cursor = { createdAt: last.createdAt, id: last.id };
  }
  await runSyncRunFinishers({ db, userId: run.userId, connectionId: run.connectionId, runId: run.runId });
}

const PROCESSOR_BATCH = 2_000;
