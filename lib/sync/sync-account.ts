import { randomUUID } from 'node:crypto';
import { bumpDataVersion, bumpDataVersionSql } from '@/lib/page-cache/data-version';
import type { FdxClient, TransactionsPage } from '@/lib/bank/fdx-client';
import { MalformedBankResponseError } from '@/lib/bank/errors';
import type { BankAccountSnapshot } from '@/lib/bank/types';
import { addIsoDays, minDay, parseIsoDay, toIsoDay } from '@/lib/dates';
import type { Db } from '@/lib/db';
import { withPayeeRenames } from '@/lib/payees/apply-renames';
import type { SyncConfig } from './config';
import { firstCategoryChooserFor } from './processors';
import { reconcilePass } from './reconcile';
import { recordProgress, recordProgressSql } from './runs';
import { inTransaction, type SqlRunner } from './sql';
import { applyTransactionsPage } from './transaction-store';
import { yieldToEventLoop } from './yield';
import { isEmptyWindow, pagedWindow, type DateWindow } from './pass-window';

// One account, one pass: read every page of a date window (a first pass: what precedes the recent
// months, which lib/sync/recent-first.ts read already) and commit each page together with
// the cursor that says which page comes next; then reconcile the window and move the watermark,
// again in one transaction. A pass that was cut short resumes from its cursor with the same pass
// id, so its marks still count and the end state is the one an uninterrupted pass reaches.

export type SyncHooks = {
  // Called after each committed page; tests throw here to simulate a crash between pages.
  afterPage?(info: { accountId: string; page: number }): void | Promise<void>;
  // Called after each batch of new rows went through the processors, and after the run finishers.
  afterPostSyncStep?(info: { step: 'processors' | 'finishers' }): void | Promise<void>;
  // Called on a first sync once the recent months are stored and shown (lib/sync/recent-first.ts).
  afterRecentMonths?(info: { start: string }): void | Promise<void>;
};

export type AccountSyncContext = {
  db: Db;
  client: FdxClient;
  config: SyncConfig;
  runId: string;
  runStartedAt: Date;
  bankToday: string;
  hooks?: SyncHooks;
  checkLease(): void; // throws when this run lost its lease
  // Runs one page's writes in one transaction (better-sqlite3 on SQLite, Prisma on PostgreSQL).
  pageTransaction<T>(work: (sql: SqlRunner) => Promise<T>): Promise<T>;
};

export type SyncAccount = { id: string; workspaceId: string; connectionId: string; bankAccountId: string; currency: string };

export class LeaseLostError extends Error {
  override name = 'LeaseLostError';
  constructor() {
    super('another sync took over this connection');
  }
}

export type Pass = { passId: string; start: string; end: string; offset: string | null; pagesDone: boolean; fullHistory: boolean };

export async function openPass(ctx: AccountSyncContext, account: SyncAccount): Promise<Pass> {
  const cursor = await ctx.db.syncCursor.findUnique({ where: { accountId: account.id } });
  const fullHistory = !cursor?.syncedThrough;
  if (cursor?.passId && cursor.passStart && cursor.passEnd) {
    return { passId: cursor.passId, start: cursor.passStart, end: cursor.passEnd, offset: cursor.passOffset, pagesDone: cursor.passPagesDone, fullHistory };
  }
  let start = ctx.config.historyStart;
  if (cursor?.syncedThrough) {
    // Re-read the overlap, and reach back far enough that every pending row we hold is re-judged.
    const oldestPending = await ctx.db.transaction.findFirst({ where: { accountId: account.id, status: 'pending' }, orderBy: { bookedOn: 'asc' }, select: { bookedOn: true } });
    start = minDay(addIsoDays(cursor.syncedThrough, -ctx.config.overlapDays), oldestPending ? addIsoDays(toIsoDay(oldestPending.bookedOn), -2) : null)!;
  }
  // A bank clock that went backwards (or a watermark from the future) must not make an empty window.
  if (start > ctx.bankToday) start = addIsoDays(ctx.bankToday, -ctx.config.overlapDays);
  const pass: Pass = { passId: randomUUID(), start, end: ctx.bankToday, offset: null, pagesDone: false, fullHistory };
  const fields = { passId: pass.passId, passStart: pass.start, passEnd: pass.end, passOffset: null, passPagesDone: false, passPages: 0, passRows: 0, passTotal: null, passRecentRows: null, passStartedAt: new Date() };
  await ctx.db.syncCursor.upsert({ where: { accountId: account.id }, create: { accountId: account.id, connectionId: account.connectionId, ...fields }, update: fields });
  return pass;
}

const maxRepeatRetries = 2;
// The bank's calendar may differ from UTC by a day at either end of the window.
const windowSlackDays = 1;

// Every page, the first included, is checked before anything from it is written. A page whose ids
// are all ones the previous page already gave is a repeated page, not new data; a page with rows
// outside the requested dates belongs to another request (a stale or cached answer). Either way:
// ask again for the same offset rather than write it or skip the page the bank failed to send.
export async function readPage(ctx: AccountSyncContext, account: SyncAccount, window: DateWindow, offset: string | null, previousIds: Set<string>, first?: Promise<TransactionsPage>): Promise<TransactionsPage> {
  const from = parseIsoDay(addIsoDays(window.start, -windowSlackDays)).getTime();
  const to = parseIsoDay(addIsoDays(window.end, windowSlackDays)).getTime();
  for (let attempt = 0; ; attempt++) {
    const page = attempt === 0 && first ? await first : await fetchPage(ctx, account, window, offset);
    const rows = page.transactions; // already our rows: the bank client transformed them
    const repeated = rows.length > 0 && previousIds.size > 0 && rows.every((row) => previousIds.has(row.bankTransactionId));
    const outside = rows.some((row) => row.bookedOn.getTime() < from || row.bookedOn.getTime() > to);
    if (!repeated && !outside) return page;
    if (attempt >= maxRepeatRetries) throw new MalformedBankResponseError(repeated ? 'the bank kept sending the same page' : `the bank kept sending transactions outside ${window.start}…${window.end}`);
  }
}

export function fetchPage(ctx: AccountSyncContext, account: SyncAccount, window: DateWindow, offset: string | null): Promise<TransactionsPage> {
  return ctx.client.getTransactionsPage(account.bankAccountId, { startTime: window.start, endTime: window.end, offset: offset ?? undefined, limit: ctx.config.pageLimit, currency: account.currency });
}

type PageTarget = Parameters<typeof applyTransactionsPage>[1];
type PageRows = TransactionsPage['transactions'];

/** Where a pass's pages go: its account and pass mark, and the first-category chooser for new rows. */
export async function pageTargetFor(ctx: AccountSyncContext, account: SyncAccount, passId: string): Promise<PageTarget> {
  return { workspaceId: account.workspaceId, accountId: account.id, passId, firstCategory: await firstCategoryChooserFor(ctx.db, { workspaceId: account.workspaceId, accountId: account.id }) };
}

/** Writes one page's rows (payee renames applied) and counts them in the run, in the page's transaction. */
export async function storePage(sql: SqlRunner, ctx: AccountSyncContext, target: PageTarget, rows: PageRows): Promise<Awaited<ReturnType<typeof applyTransactionsPage>>> {
  const applied = await applyTransactionsPage(sql, target, await withPayeeRenames(sql, target.workspaceId, rows));
  await recordProgressSql(sql, ctx.runId, { imported: rows.length, added: applied.added, changed: applied.changed });
  // In the page's own transaction, so a page reader never caches rows older than the counter says.
  await bumpDataVersionSql(sql, target.workspaceId);
  return applied;
}

/** A next offset the bank already gave (or the current one again) would page forever. */
export function checkPagingAdvanced(next: string | null, offset: string | null, seenOffsets: Set<string>): void {
  if (next === null) return;
  if (next === offset || seenOffsets.has(next)) throw new MalformedBankResponseError('paging did not advance');
  seenOffsets.add(next);
}

export type AccountSyncResult = { imported: number; added: number; changed: number; removed: number };

export async function syncAccount(ctx: AccountSyncContext, account: SyncAccount, balance: BankAccountSnapshot | undefined): Promise<AccountSyncResult> {
  const pass = await openPass(ctx, account);
  const totals: AccountSyncResult = { imported: 0, added: 0, changed: 0, removed: 0 };
  const target = { workspaceId: account.workspaceId, accountId: account.id, passId: pass.passId };
  const pageTarget = await pageTargetFor(ctx, account, pass.passId);
  let offset = pass.offset;
  let previousIds = new Set<string>();
  let prefetched: Promise<TransactionsPage> | undefined;
  const seenOffsets = new Set<string>();
  const window = pagedWindow(pass);
  // A first pass whose history is no older than its recent months was read whole by recent-first.
  if (isEmptyWindow(window)) pass.pagesDone = true;

  for (let pageNumber = 1; !pass.pagesDone; pageNumber++) {
    ctx.checkLease();
    const page = await readPage(ctx, account, window, offset, previousIds, prefetched);
    const next = page.nextOffset;
    checkPagingAdvanced(next, offset, seenOffsets);
    // Ask for the next page before writing this one: bank and database work side by side.
    prefetched = next === null ? undefined : fetchPage(ctx, account, window, next);
    prefetched?.catch(() => {}); // a failure surfaces when it is awaited, not as an unhandled rejection
    const rows = page.transactions; // already our rows: the bank client transformed them

    const result = await ctx.pageTransaction(async (sql) => {
      const applied = await storePage(sql, ctx, pageTarget, rows);
      // passTotal/passRows feed the first-sync progress banner (banner-data.ts).
      const moved = await sql.execute(
        `UPDATE "SyncCursor" SET "passOffset" = ?, "passPagesDone" = ?, "passPages" = "passPages" + 1, "passRows" = "passRows" + ?,
         "passTotal" = COALESCE(?, "passTotal"), "updatedAt" = ? WHERE "accountId" = ? AND "passId" = ?`,
        [next, next === null, rows.length, page.totalElements, new Date(), account.id, pass.passId],
      );
      if (moved !== 1) throw new LeaseLostError();
      return applied;
    });
    totals.imported += rows.length;
    totals.added += result.added;
    totals.changed += result.changed;
    previousIds = new Set(rows.map((row) => row.bankTransactionId));
    offset = next;
    pass.pagesDone = next === null;
    await ctx.hooks?.afterPage?.({ accountId: account.id, page: pageNumber });
    await yieldToEventLoop();
  }

  ctx.checkLease();
  const reconciled = await inTransaction(ctx.db, async (sql, tx) => {
    const outcome = await reconcilePass(sql, tx, { ...target, start: pass.start, end: pass.end, fullHistory: pass.fullHistory, runStartedAt: ctx.runStartedAt });
    const moved = await tx.syncCursor.updateMany({
      where: { accountId: account.id, passId: pass.passId },
      data: { syncedThrough: pass.end, passId: null, passStart: null, passEnd: null, passOffset: null, passPagesDone: false, passPages: 0, passRows: 0, passTotal: null, passRecentRows: null, passStartedAt: null },
    });
    if (moved.count !== 1) throw new LeaseLostError();
    if (balance) {
      await tx.bankAccount.update({
        where: { id: account.id },
        data: { currentBalanceMinor: balance.currentBalanceMinor, availableBalanceMinor: balance.availableBalanceMinor, creditLineMinor: balance.creditLineMinor, balanceAsOf: balance.balanceAsOf },
      });
      await tx.balanceSnapshot.create({
        data: { accountId: account.id, takenAt: balance.balanceAsOf, currentBalanceMinor: balance.currentBalanceMinor, availableBalanceMinor: balance.availableBalanceMinor },
      });
    }
    await recordProgress(tx, ctx.runId, { removed: outcome.removed, changed: outcome.linked, added: -outcome.linkedAddedThisRun, accountsDone: 1 });
    await bumpDataVersion(tx, account.workspaceId);
    return outcome;
  });
  totals.removed += reconciled.removed;
  totals.changed += reconciled.linked;
  totals.added -= reconciled.linkedAddedThisRun;
  return totals;
}
