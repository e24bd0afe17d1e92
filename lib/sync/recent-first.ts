import { minDay } from '@/lib/dates';
import { recentWindow } from './pass-window';
import { runRecentMonthsHooks } from './processors';
import type { RecentMonthsDone } from './recent-months-done';
import type { SqlRunner } from './sql';
import { checkPagingAdvanced, LeaseLostError, openPass, pageTargetFor, readPage, storePage, type AccountSyncContext, type SyncAccount } from './sync-account';
import { nextWriteTime } from './transaction-store';
import { yieldToEventLoop } from './yield';

// A first sync of ten years takes minutes, and people open the dashboard right after linking.
// So a first pass reads the current and previous month of every account before anything older,
// and hands them to the recent-months hooks (budgeting categorises them and builds their monthly
// totals): the dashboard and budgets fill in within seconds. The rows are marked with the pass's
// id like any page of it, so the pass's reconcile (after its older pages) covers them too.
// Nothing here moves the cursor's offset: after a crash these months are read again (rows are
// upserted by the bank's id, so nothing doubles) and the older pages go on from where they stopped.

// With the last of them, in its transaction: the progress banner counts the recent months from
// here on (banner-view.ts). A re-read after a crash sets the same figure again rather than adding.
async function recordRecentRows(sql: SqlRunner, account: SyncAccount, passId: string, rows: number): Promise<void> {
  const moved = await sql.execute(`UPDATE "SyncCursor" SET "passRecentRows" = ?, "updatedAt" = ? WHERE "accountId" = ? AND "passId" = ?`, [rows, new Date(), account.id, passId]);
  if (moved !== 1) throw new LeaseLostError();
}

/** Reads one account's recent months; returns the first day read, or null when this is no first pass. */
async function importRecentMonths(ctx: AccountSyncContext, account: SyncAccount): Promise<string | null> {
  const pass = await openPass(ctx, account);
  if (!pass.fullHistory || pass.pagesDone) return null;
  const window = recentWindow(pass);
  const target = await pageTargetFor(ctx, account, pass.passId);
  let offset: string | null = null;
  let previousIds = new Set<string>();
  const seenOffsets = new Set<string>();
  let rows = 0;
  for (;;) {
    ctx.checkLease();
    const page = await readPage(ctx, account, window, offset, previousIds);
    const next = page.nextOffset;
    rows += page.transactions.length;
    await ctx.pageTransaction(async (sql) => {
      await storePage(sql, ctx, target, page.transactions);
      if (next === null) await recordRecentRows(sql, account, pass.passId, rows);
    });
    if (next === null) return window.start;
    checkPagingAdvanced(next, offset, seenOffsets);
    previousIds = new Set(page.transactions.map((row) => row.bankTransactionId));
    offset = next;
    await yieldToEventLoop();
  }
}

/**
 * The recent months of every account on its first pass, then the hooks that show them. Returns
 * what the hooks did, so the processors at the end of the run skip it; null when nothing was read.
 */
export async function syncRecentMonthsFirst(ctx: AccountSyncContext, accounts: SyncAccount[]): Promise<RecentMonthsDone | null> {
  const read: SyncAccount[] = [];
  let start: string | null = null;
  for (const account of accounts) {
    const from = await importRecentMonths(ctx, account);
    if (from === null) continue;
    read.push(account);
    start = minDay(start, from);
  }
  if (read.length === 0 || start === null) return null;
  ctx.checkLease();
  const accountIds = read.map((account) => account.id);
  const before = nextWriteTime();
  const processors = await runRecentMonthsHooks({ db: ctx.db, workspaceId: read[0]!.workspaceId, runId: ctx.runId, accountIds, start });
  await ctx.hooks?.afterRecentMonths?.({ start });
  return { processors, accountIds, start, before };
}
