import { randomUUID } from 'node:crypto';
import { bumpDataVersion } from '@/lib/page-cache/data-version';
import os from 'node:os';
import type { FdxClient } from '@/lib/bank/fdx-client';
import type { BankAccountSnapshot } from '@/lib/bank/transform-accounts';
import { trackBackgroundWork } from '@/lib/background-work';
import { maxDay, toIsoDay } from '@/lib/dates';
import type { Db } from '@/lib/db';
import { getSyncConfig, type SyncConfig } from './config';
import { describeSyncError, shouldLogSyncError } from './errors';
import { abandonDeadRuns, interruptedMessage, leaseHoldMs, leaseRenewMs } from './dead-runs';
import { acquireSyncLease, releaseSyncLease, renewSyncLease } from './lease';
import { createSyncRun, finishSyncRun, readBackoff, type SyncTrigger } from './runs';
import { createSyncBankClient } from './bank-client';
import { syncInvestmentAccount } from './sync-investment-account';
import { openBulkSqlite } from './sqlite-bulk';
import { inTransaction, providerOf, type SqlRunner } from './sql';
import { yieldToEventLoop } from './yield';
// Every bundle that can run a sync (route handlers, actions, the background worker) must have the
// features' processors registered; importing them here guarantees it.
import './register-processors';
import { processNewTransactions } from './process-new-rows';
import { syncRecentMonthsFirst } from './recent-first';
import type { RecentMonthsDone } from './recent-months-done';
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
  /** The app's clock, for what "today" means to this run (tests pin it; defaults to real time). */
  now?: () => Date;
};

// abandoned: this process stopped the run for a shutdown; the next process resumes it.
export type SyncOutcome = { runId: string; status: 'succeeded' | 'failed' | 'abandoned'; errorCode?: string; error?: string; retryAt?: Date };
// backing_off: the bank asked us to wait (Retry-After, circuit breaker) until retryAt.
export type SyncStart =
  | { started: true; joined: boolean; runId: string; done: Promise<SyncOutcome> }
  | { started: false; reason: 'not_found' | 'not_active' | 'shutting_down'; runId?: undefined; done?: undefined; retryAt?: undefined }
  | { started: false; reason: 'backing_off'; retryAt: Date; runId?: undefined; done?: undefined };

/** Thrown at the next page boundary once the process is shutting down. */
export class SyncShutdownError extends Error {
  override name = 'SyncShutdownError';
  constructor() {
    super('the app is shutting down');
  }
}

const owner = `${os.hostname()}:${process.pid}`;
// Runs of this process, so "Sync now" during a sync awaits the same promise. On globalThis so
// Next's module reloads in development share it.
const store = globalThis as typeof globalThis & { cashlensSyncRuns?: Map<string, { runId: string; done: Promise<SyncOutcome> }>; cashlensSyncStopping?: boolean };
const inProcess = (store.cashlensSyncRuns ??= new Map());

/**
 * Graceful shutdown: take no new syncs, let each running one finish the page it is writing (each
 * page commits with its cursor), record it as interrupted and release its lease, so the next
 * process resumes it at once. Resolves when they have stopped, or after `timeoutMs` (a run still
 * writing then is recovered like a crashed one).
 */
export async function stopSyncs(timeoutMs = 5_000): Promise<void> {
  store.cashlensSyncStopping = true;
  const running = [...inProcess.values()].map((run) => run.done.catch(() => undefined));
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.all(running), new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
  clearTimeout(timer);
}

// A run in another process: poll its row until it ends. When its lease is gone while the row still
// says running, its process died: record that, and resume the connection here.
async function waitForRun(db: Db, connectionId: string, runId: string, options: SyncOptions, pollMs = 250): Promise<SyncOutcome> {
  for (let polls = 0; ; polls++) {
    const run = await db.syncRun.findUnique({ where: { id: runId }, select: { status: true, errorCode: true, error: true } });
    if (run?.status === 'abandoned') return resumeAfter(db, connectionId, options);
    if (run && run.status !== 'running') {
      return { runId, status: run.status === 'succeeded' ? 'succeeded' : 'failed', errorCode: run.errorCode ?? undefined, error: run.error ?? undefined };
    }
    const lease = await db.syncLease.findUnique({ where: { connectionId }, select: { runId: true, expiresAt: true } });
    const alive = lease?.runId === runId && lease.expiresAt.getTime() > Date.now();
    // A run row appears just after its lease is taken; give it a moment before calling it dead.
    if (!alive && polls > 8) {
      await abandonDeadRuns(db, { connectionId });
      return resumeAfter(db, connectionId, options);
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

async function resumeAfter(db: Db, connectionId: string, options: SyncOptions): Promise<SyncOutcome> {
  const start = await beginSync(db, connectionId, { ...options, trigger: 'resume' });
  if (!start.started) return { runId: '', status: 'failed', errorCode: start.reason, error: 'The sync could not be resumed.', retryAt: start.retryAt };
  return start.done;
}

export async function beginSync(db: Db, connectionId: string, options: SyncOptions): Promise<SyncStart> {
  const local = inProcess.get(connectionId);
  if (local) return { started: true, joined: true, runId: local.runId, done: local.done };
  if (store.cashlensSyncStopping) return { started: false, reason: 'shutting_down' };

  const connection = await db.bankConnection.findUnique({ where: { id: connectionId }, select: { workspaceId: true, status: true } });
  if (!connection) return { started: false, reason: 'not_found' };
  if (connection.status !== 'active') return { started: false, reason: 'not_active' };
  const retryAt = await readBackoff(db, connectionId);
  if (retryAt) return { started: false, reason: 'backing_off', retryAt };

  const config = options.config ?? getSyncConfig();
  const runId = randomUUID();
  const claim = await acquireSyncLease(db, connectionId, runId, owner, leaseHoldMs(config));
  if (!claim.acquired) {
    const again = inProcess.get(connectionId);
    if (again) return { started: true, joined: true, runId: again.runId, done: again.done };
    if (!claim.runId) return beginSync(db, connectionId, options); // released between our two reads
    return { started: true, joined: true, runId: claim.runId, done: trackBackgroundWork(waitForRun(db, connectionId, claim.runId, options)) };
  }

  const startedAt = new Date();
  try {
    await createSyncRun(db, { id: runId, workspaceId: connection.workspaceId, connectionId, trigger: options.trigger, startedAt });
  } catch (error) {
    await releaseSyncLease(db, connectionId, runId);
    throw error;
  }
  const done = trackBackgroundWork(runSync(db, { runId, workspaceId: connection.workspaceId, connectionId, startedAt, config, options }).finally(() => inProcess.delete(connectionId)));
  inProcess.set(connectionId, { runId, done });
  return { started: true, joined: false, runId, done };
}

/** Runs (or joins) a sync and waits for it to end. */
export async function syncConnection(db: Db, connectionId: string, options: SyncOptions): Promise<SyncOutcome | { runId?: undefined; status: 'skipped'; reason: string }> {
  const start = await beginSync(db, connectionId, options);
  if (!start.started) return { status: 'skipped', reason: start.reason };
  return start.done;
}

type RunContext = { runId: string; workspaceId: string; connectionId: string; startedAt: Date; config: SyncConfig; options: SyncOptions };

async function runSync(db: Db, run: RunContext): Promise<SyncOutcome> {
  const { runId, connectionId, config } = run;
  let leaseLost = false;
  const heartbeat = setInterval(() => {
    renewSyncLease(db, connectionId, runId, leaseHoldMs(config))
      .then(async (held) => {
        if (!held) leaseLost = true;
        else await db.syncRun.update({ where: { id: runId }, data: { heartbeatAt: new Date() } });
      })
      .catch(() => {}); // a missed renewal is retried on the next beat; the lease has slack
  }, leaseRenewMs(config));
  heartbeat.unref();

  let outcome: SyncOutcome;
  try {
    await syncAllAccounts(db, run, () => {
      if (leaseLost) throw new LeaseLostError();
      if (store.cashlensSyncStopping) throw new SyncShutdownError();
    });
    outcome = { runId, status: 'succeeded' };
    await finishSyncRun(db, runId, outcome);
    await db.bankConnection.update({ where: { id: connectionId }, data: { lastSyncedAt: new Date() } });
  } catch (error) {
    if (error instanceof SyncShutdownError) {
      outcome = { runId, status: 'abandoned', errorCode: 'interrupted', error: interruptedMessage };
      await finishSyncRun(db, runId, outcome).catch((finishError: unknown) => log.error('could not record the interrupted sync run', { runId, error: finishError }));
      return outcome;
    }
    const described = describeSyncError(error);
    // The user's message is plain; the details (URL, parser output, stack) are for the log only.
    if (described.errorCode === 'internal') log.error('sync run failed', { runId, connectionId, error });
    else if (shouldLogSyncError(described.errorCode)) log.warn('sync run failed', { runId, connectionId, errorCode: described.errorCode, message: error instanceof Error ? error.message : String(error) });
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
    where: { connectionId: run.connectionId, workspaceId: run.workspaceId, sharing: 'shared' },
    select: { id: true, workspaceId: true, connectionId: true, bankAccountId: true, currency: true },
    orderBy: { createdAt: 'asc' },
  });
  await db.syncRun.update({ where: { id: run.runId }, data: { accountsTotal: accounts.length } });

  const bulk = providerOf(db) === 'sqlite' ? await openBulkSqlite(db) : null;
  const pageTransaction = <T>(work: (sql: SqlRunner) => Promise<T>) => (bulk ? bulk.transaction(work) : inTransaction(db, (sql) => work(sql)));
  let recentDone: RecentMonthsDone | null;
  try {
    // The where above pins connectionId (nullable only because manual accounts have none).
    recentDone = await syncAccounts(db, run, client, accounts.map((account) => ({ ...account, connectionId: run.connectionId })), { checkLease, pageTransaction });
  } finally {
    bulk?.close();
  }
  await refreshPlannerStatistics(db, run);
  await yieldToEventLoop();
  await processNewTransactions(db, { ...run, now: run.options.now, hooks: run.options.hooks, recentDone }, checkLease);
}

// After a large import the query planner's picture of Transaction is stale (or, on a fresh SQLite
// file, missing): without it, "workspaceId = ? AND id IN (…)" lookups by the processors pick the workspaceId
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

/** Syncs every account; returns what a first sync's recent-months hooks did early (or null). */
async function syncAccounts(db: Db, run: RunContext, client: FdxClient, accounts: SyncAccount[], shared: Shared): Promise<RecentMonthsDone | null> {
  // One /accounts call gives every balance, and the bank's own "today" (its clock may differ from ours).
  const balances = new Map<string, BankAccountSnapshot>();
  for (const snapshot of await client.listAccounts()) balances.set(snapshot.bankAccountId, snapshot);
  const bankToday = maxDay(toIsoDay(run.options.now?.() ?? new Date()), ...[...balances.values()].map((b) => toIsoDay(b.balanceAsOf)))!;

  // An account the bank no longer lists is not shared any more: shown as such, never deleted.
  const unshared = accounts.filter((account) => !balances.has(account.bankAccountId)).map((account) => account.id);
  if (unshared.length > 0) {
    await db.bankAccount.updateMany({ where: { id: { in: unshared }, workspaceId: run.workspaceId }, data: { sharing: 'not_shared' } });
    await bumpDataVersion(db, run.workspaceId);
  }

  const context: AccountSyncContext = { db, client, config: run.config, runId: run.runId, runStartedAt: run.startedAt, bankToday, hooks: run.options.hooks, ...shared };
  const withTransactions = accounts.filter((account) => balances.has(account.bankAccountId) && balances.get(account.bankAccountId)!.accountCategory !== 'INVESTMENT_ACCOUNT');
  const recentDone = await syncRecentMonthsFirst(context, withTransactions);

  for (const account of accounts) {
    shared.checkLease();
    if (!balances.has(account.bankAccountId)) continue;
    const snapshot = balances.get(account.bankAccountId)!;
    if (snapshot.accountCategory === 'INVESTMENT_ACCOUNT') {
      await syncInvestmentAccount(db, run.runId, account, snapshot);
      continue;
    }
    await syncAccount(context, account, snapshot);
  }
  return recentDone;
}
