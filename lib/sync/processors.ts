import type { BankTransactionRow } from '@/lib/bank/types';
import type { Db } from '@/lib/db';
import type { Tx } from './sql';
import { log } from '@/lib/log';

// Extension points for features that react to synced data (categorisation rules, fraud alerts…).
//
// Sync processors run once per sync run, after every account is synced and reconciled, on the
// transactions that run inserted (in chunks of up to 2,000 ids, so a million-row first sync does
// not hold every id at once). A run that crashed leaves its rows to the next successful run, so each
// new row reaches the processors once (a processor whose recent-months hook did a first sync's
// recent months already is not handed those again: see registerRecentMonthsHook). A posted row
// that replaced a pending one is new too, but it already carries the user's edits from the pending
// row (categorySource = 'user'): respect them.
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

// Rows a processor's recent-months hook already did in this run: `ids` are left out of what the
// named processors are handed (lib/sync/recent-months-done.ts says which rows qualify).
export type DoneEarly = { processors: string[]; ids: ReadonlySet<string> };

export async function runSyncProcessors(ctx: SyncProcessorContext, doneEarly?: DoneEarly): Promise<void> {
  for (const [name, processor] of processors) {
    const skip = doneEarly && doneEarly.ids.size > 0 && doneEarly.processors.includes(name) ? doneEarly.ids : null;
    const newTransactionIds = skip ? ctx.newTransactionIds.filter((id) => !skip.has(id)) : ctx.newTransactionIds;
    if (newTransactionIds.length === 0) continue;
    try {
      await processor({ ...ctx, newTransactionIds });
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
// A hook is given every row of `accountIds` booked from `start` that is stored when it is called.
export type RecentMonthsContext = { db: Db; workspaceId: string; runId: string; accountIds: string[]; start: string };
export type RecentMonthsHook = (ctx: RecentMonthsContext) => Promise<void>;
// doesWorkOf: the sync processor whose work the hook does on those rows. At the end of the run that
// processor is not handed them again (lib/sync/recent-months-done.ts), unless the hook failed or a
// row was written or settled after it ran; other processors still get every row.
export type RecentMonthsHookOptions = { doesWorkOf?: string };
const recentMonthsHooks = new Map<string, { hook: RecentMonthsHook; doesWorkOf?: string }>();

export function registerRecentMonthsHook(name: string, hook: RecentMonthsHook, options: RecentMonthsHookOptions = {}): () => void {
  recentMonthsHooks.set(name, { hook, doesWorkOf: options.doesWorkOf });
  return () => void recentMonthsHooks.delete(name);
}

/** Runs every hook; returns the processors whose work a hook did in full (its hook did not throw). */
export async function runRecentMonthsHooks(ctx: RecentMonthsContext): Promise<string[]> {
  const done: string[] = [];
  for (const [name, { hook, doesWorkOf }] of recentMonthsHooks) {
    try {
      await hook(ctx);
      if (doesWorkOf) done.push(doesWorkOf);
    } catch (error) {
      // Only an early view is lost: the processors at the end of the run do the same work again.
      log.error('recent-months hook failed', { hook: name, error });
    }
  }
  return done;
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
