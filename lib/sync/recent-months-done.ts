import { parseIsoDay } from '@/lib/dates';
import type { Db } from '@/lib/db';
import type { DoneEarly } from './processors';

// A first sync's recent-months hooks (recent-first.ts) do some processors' work early, on every
// row of their accounts booked from `start` that was stored when they ran. The processors at the
// end of the run take every row the run inserted (process-new-rows.ts); this says which of a batch
// those hooks already did, so that work is not done twice (two months of rows per first sync).
//
// `before` is a page write time taken just before the hooks ran (transaction-store.ts: write
// times only grow, so it falls after every page written so far and before every later one). A
// row counts as done only if nothing moved it since: inserted (createdAt) and last changed by the
// bank (updatedAt) before that mark, and not settled by the reconcile since (replacedPendingBankId:
// it then takes over the pending row's category and transfer flag). A hook that threw does not
// name its processor, so those get every row.

export type RecentMonthsDone = { processors: string[]; accountIds: string[]; start: string; before: Date };

/** Which of a batch the recent-months hooks did, for the processors they name; undefined when none can be. */
export async function doneByRecentMonthsHooks(db: Db, workspaceId: string, done: RecentMonthsDone | null, batch: { id: string; createdAt: Date }[]): Promise<DoneEarly | undefined> {
  // A batch is in insertion order: once it starts after the mark, nothing in it (or later) was done early.
  if (!done || done.processors.length === 0 || batch.length === 0 || batch[0]!.createdAt >= done.before) return undefined;
  const rows = await db.transaction.findMany({
    where: {
      workspaceId,
      id: { in: batch.map((row) => row.id) },
      accountId: { in: done.accountIds },
      bookedOn: { gte: parseIsoDay(done.start) },
      createdAt: { lt: done.before },
      updatedAt: { lt: done.before },
      replacedPendingBankId: null,
    },
    select: { id: true },
  });
  return { processors: done.processors, ids: new Set(rows.map((row) => row.id)) };
}
