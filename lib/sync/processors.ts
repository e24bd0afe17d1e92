import type { BankTransactionRow } from '@/lib/bank/types';
import type { Db } from '@/lib/db';
import type { Tx } from './sql';
import { log } from '@/lib/log';

// Extension points for features that react to synced data (categorisation rules, fraud alerts…).
//
// Sync processors run once per sync run, after every account is synced and reconciled, on the
// transactions that run inserted (in chunks of up to 2,000 ids, so a million-row first sync does
// not hold every id at once). A run that crashed leaves its rows to the next successful run, so each
// new row reaches the processors once. A posted row that replaced a pending one is new too, but
// it already carries the user's edits from the pending row (categorySource = 'user'): respect them.
// A processor that throws is logged and does not fail the sync.
//
// Pending-replacement hooks run inside the reconcile transaction, just before a pending row is
// deleted in favour of the posted row that settled it: the place to move anything that hangs off a
// transaction by id (splits, attachments) to the posted row.

// `now` is the run's clock reading (injected by tests; real time otherwise): use it for "today".
export type SyncProcessorContext = { db: Db; workspaceId: string; connectionId: string; runId: string; newTransactionIds: string[]; now?: Date };
export type SyncProcessor = (ctx: SyncProcessorContext) => Promise<void>;

export type PendingReplacement = { workspaceId: string; accountId: string; pendingId: string; postedId: string };
export type PendingReplacementHook = (tx: Tx, replacement: PendingReplacement) => Promise<void>;

const processors = new Map<string, SyncProcessor>();
const replacementHooks = new Map<string, PendingReplacementHook>();

/** Registers (or replaces) a processor under a name; returns a function that unregisters it. */
export function registerSyncProcessor(name: string, processor: SyncProcessor): () => void {
  processors.set(name, processor);
  return () => void processors.delete(name);
}

export function registerPendingReplacementHook(name: string, hook: PendingReplacementHook): () => void {
  replacementHooks.set(name, hook);
  return () => void replacementHooks.delete(name);
}

export async function runPendingReplacementHooks(tx: Tx, replacement: PendingReplacement): Promise<void> {
  for (const hook of replacementHooks.values()) await hook(tx, replacement);
}

export async function runSyncProcessors(ctx: SyncProcessorContext): Promise<void> {
  for (const [name, processor] of processors) {
    try {
      await processor(ctx);
    } catch (error) {
      log.error('sync processor failed', { processor: name, runId: ctx.runId, error });
    }
  }
}

// Run finishers run once per sync, after every batch of new rows went through the processors:
// the place for work that should happen once per run rather than once per batch (e.g. rebuilding
// the monthly totals of every month the run touched).
export type SyncRunFinisher = (ctx: Omit<SyncProcessorContext, 'newTransactionIds'>) => Promise<void>;
const finishers = new Map<string, SyncRunFinisher>();

export function registerSyncRunFinisher(name: string, finisher: SyncRunFinisher): () => void {
  finishers.set(name, finisher);
  return () => void finishers.delete(name);
}

export async function runSyncRunFinishers(ctx: Omit<SyncProcessorContext, 'newTransactionIds'>): Promise<void> {
  for (const [name, finisher] of finishers) {
    try {
      await finisher(ctx);
    } catch (error) {
      log.error('sync run finisher failed', { finisher: name, runId: ctx.runId, error });
    }
  }
}

// Recent-months hooks run once during a first sync, after the current and previous month of every
// account were read and before the rest of the history is (lib/sync/recent-first.ts): the place
// to make those months show at once (categories, monthly totals). Work that needs the whole
// history (alerts judged against past behaviour, balances worked back) waits for the processors.
export type RecentMonthsHook = (ctx: { db: Db; workspaceId: string; accountIds: string[]; start: string }) => Promise<void>;
const recentMonthsHooks = new Map<string, RecentMonthsHook>();

export function registerRecentMonthsHook(name: string, hook: RecentMonthsHook): () => void {
  recentMonthsHooks.set(name, hook);
  return () => void recentMonthsHooks.delete(name);
}

export async function runRecentMonthsHooks(ctx: Parameters<RecentMonthsHook>[0]): Promise<void> {
  for (const [name, hook] of recentMonthsHooks) {
    try {
      await hook(ctx);
    } catch (error) {
      // Only an early view is lost: the processors at the end of the run do the same work again.
      log.error('recent-months hook failed', { hook: name, error });
    }
  }
}

export function hasSyncProcessors(): boolean {
  return processors.size > 0;
}

// The first-category chooser: while a page is written, each row the page INSERTS gets its first
// category from the bank's data in the same statement, rather than the processors reading the
// row back and updating it (at a million rows that was a fifth of the sync's CPU). Rows that
// already exist are never touched by it (the upsert's SET list has no category), and the
// processors still run afterwards: transfers and rules override it exactly as before.
export type FirstCategoryChooser = (row: BankTransactionRow) => string | null;
export type FirstCategoryFactory = (db: Db, account: { workspaceId: string; accountId: string }) => Promise<FirstCategoryChooser>;
let firstCategoryFactory: FirstCategoryFactory | null = null;

export function registerFirstCategoryChooser(factory: FirstCategoryFactory): () => void {
  firstCategoryFactory = factory;
  return () => void (firstCategoryFactory = firstCategoryFactory === factory ? null : firstCategoryFactory);
}

/** The chooser for one account's pass, or null (none registered, or it failed: the processors categorise instead). */
export async function firstCategoryChooserFor(db: Db, account: { workspaceId: string; accountId: string }): Promise<FirstCategoryChooser | null> {
  if (!firstCategoryFactory) return null;
  try {
    return await firstCategoryFactory(db, account);
  } catch (error) {
    log.error('first-category chooser failed', { accountId: account.accountId, error });
    return null;
  }
}
