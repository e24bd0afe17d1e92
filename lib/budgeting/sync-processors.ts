import { bankCategoryChooser } from '@/lib/categories/categorize';
import { registerFirstCategoryChooser, registerPendingReplacementHook, registerRecentMonthsHook, registerSyncProcessor, registerSyncRunFinisher } from '@/lib/sync/processors';
import { parseIsoDay } from '@/lib/dates';
import { categorizeNewTransactions, refreshRollupsAfterSync } from './process-new-transactions';

// Budgeting's hooks into sync (imported once, from lib/sync/register-processors.ts).

// New rows get their bank category as the page that inserts them is written; the processor below
// still runs the whole pass (transfers, bank categories for anything left, rules, months).
registerFirstCategoryChooser(bankCategoryChooser);

// Each batch of new rows is categorised at once; the months they touch are rebuilt once per run,
// not once per batch (a first sync of ten years sends hundreds of batches through the same months).
const monthsByRun = new Map<string, Set<string>>();

function rebuildAtRunEnd(runId: string, months: Set<string>): void {
  const collected = monthsByRun.get(runId) ?? new Set<string>();
  for (const month of months) collected.add(month);
  monthsByRun.set(runId, collected);
}

registerSyncProcessor('budgeting', async ({ db, workspaceId, runId, newTransactionIds }) => {
  rebuildAtRunEnd(runId, await categorizeNewTransactions(db, workspaceId, newTransactionIds));
});

registerSyncRunFinisher('budgeting', async ({ db, workspaceId, runId }) => {
  const months = monthsByRun.get(runId);
  monthsByRun.delete(runId);
  if (months) await refreshRollupsAfterSync(db, workspaceId, months);
});

// A first sync's recent months, before the rest of the history: categorised and totalled at once,
// so the dashboard and this month's budget are right within seconds (a month is a few thousand rows).
// It does the processor's work on those rows, so the processor is not handed them again at the end
// of the run (doesWorkOf). Their months are still totalled again then, by the finisher: an older
// row paired as a transfer with a recent one, or a pending row settled by the reconcile, changes
// them after this ran (a few months: milliseconds).
registerRecentMonthsHook('budgeting', async ({ db, workspaceId, runId, accountIds, start }) => {
  const months = new Set<string>();
  let after = '';
  for (;;) {
    const batch = await db.transaction.findMany({
      where: { workspaceId, accountId: { in: accountIds }, bookedOn: { gte: parseIsoDay(start) }, id: { gt: after } },
      select: { id: true },
      orderBy: { id: 'asc' },
      take: 2_000,
    });
    if (batch.length === 0) break;
    for (const month of await categorizeNewTransactions(db, workspaceId, batch.map((row) => row.id))) months.add(month);
    after = batch.at(-1)!.id;
  }
  await refreshRollupsAfterSync(db, workspaceId, months);
  rebuildAtRunEnd(runId, months);
}, { doesWorkOf: 'budgeting' });

// The posted row replaces the pending one: the splits and tags the user put on the pending row
// move with it (the user's category, merchant and notes are carried by the sync engine itself).
registerPendingReplacementHook('budgeting', async (tx, { workspaceId, pendingId, postedId }) => {
  const posted = await tx.transaction.findFirst({ where: { id: postedId, workspaceId }, select: { amountMinor: true } });
  const splits = await tx.transactionSplit.findMany({ where: { transactionId: pendingId, workspaceId } });
  const splitTotal = splits.reduce((sum, split) => sum + split.amountMinor, 0n);
  // A tip or a fuel pre-auth changes the amount; splits that no longer sum to it are dropped
  // rather than left inconsistent (the category on the row still holds).
  if (posted && splits.length > 0 && splitTotal === posted.amountMinor) {
    await tx.transactionSplit.deleteMany({ where: { transactionId: postedId } });
    await tx.transactionSplit.updateMany({ where: { transactionId: pendingId }, data: { transactionId: postedId } });
  }
  const tags = await tx.transactionTag.findMany({ where: { transactionId: pendingId }, select: { tagId: true } });
  for (const { tagId } of tags) {
    await tx.transactionTag.upsert({
      where: { transactionId_tagId: { transactionId: postedId, tagId } },
      create: { transactionId: postedId, tagId, workspaceId },
      update: {},
    });
  }
});
