import type { Db } from '@/lib/db';
import { hasSyncProcessors, runSyncProcessors, runSyncRunFinishers } from './processors';
import { doneByRecentMonthsHooks, type RecentMonthsDone } from './recent-months-done';
import type { SyncHooks } from './sync-account';
import { yieldToEventLoop } from './yield';

// The post-sync step of a run (sync-connection.ts): its new rows through the processors, batch by
// batch, then the run finishers.

// recentDone: what a first sync's recent-months hooks did early (recent-first.ts), left out for
// the processors they did it for.
export type PostSyncRun = { runId: string; workspaceId: string; connectionId: string; now?: () => Date; hooks?: SyncHooks; recentDone?: RecentMonthsDone | null };

// Rows inserted since the last successful run of this connection: this run's, plus those of any
// run that died before its processors ran. Walked in (createdAt, id) order on an index of exactly
// that, so each batch is a range read however long the history: a bulk page shares one createdAt,
// so the rest of a timestamp is read first, then the next timestamps.
//
// This is also how post-sync work survives a crash: a run is marked succeeded only after its
// processors and finishers, so the run that resumes an interrupted one processes (again) every row
// since the last success and rebuilds the months they touch. Processors are idempotent.
//
// A first sync's recent months went through some processors' work already (their recent-months
// hooks, recent-first.ts): each batch leaves those rows out for those processors only, and only
// rows nothing moved since (recent-months-done.ts). The lookup runs only for batches that start
// before the hooks' mark, so for the first few batches of a first sync.
export async function processNewTransactions(db: Db, run: PostSyncRun, checkLease: () => void): Promise<void> {
  if (!hasSyncProcessors()) return;
  const previous = await db.syncRun.findFirst({
    where: { connectionId: run.connectionId, status: 'succeeded', id: { not: run.runId } },
    orderBy: { startedAt: 'desc' },
    select: { finishedAt: true },
  });
  const scope = { workspaceId: run.workspaceId, account: { connectionId: run.connectionId } };
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
    checkLease();
    const doneEarly = await doneByRecentMonthsHooks(db, run.workspaceId, run.recentDone ?? null, batch);
    await runSyncProcessors({ db, workspaceId: run.workspaceId, connectionId: run.connectionId, runId: run.runId, newTransactionIds: batch.map((row) => row.id), now: run.now?.() ?? new Date() }, doneEarly);
    const last = batch.at(-1)!;
    cursor = { createdAt: last.createdAt, id: last.id };
    await run.hooks?.afterPostSyncStep?.({ step: 'processors' });
    await yieldToEventLoop();
  }
  checkLease();
  await runSyncRunFinishers({ db, workspaceId: run.workspaceId, connectionId: run.connectionId, runId: run.runId, now: run.now?.() ?? new Date() });
  await run.hooks?.afterPostSyncStep?.({ step: 'finishers' });
}

const PROCESSOR_BATCH = 2_000;
