import { registerPendingReplacementHook, registerSyncProcessor } from '@/lib/sync/processors';
import { processNewTransactions } from './process-new-transactions';

// Budgeting's hooks into sync (imported once, from lib/sync/register-processors.ts).

registerSyncProcessor('budgeting', ({ db, userId, newTransactionIds }) => processNewTransactions(db, userId, newTransactionIds));

// The posted row replaces the pending one: the splits and tags the user put on the pending row
// move with it (the user's category, merchant and notes are carried by the sync engine itself).
registerPendingReplacementHook('budgeting', async (tx, { userId, pendingId, postedId }) => {
  const posted = await tx.transaction.findFirst({ where: { id: postedId, userId }, select: { amountMinor: true } });
  const splits = await tx.transactionSplit.findMany({ where: { transactionId: pendingId, userId } });
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
      create: { transactionId: postedId, tagId, userId },
      update: {},
    });
  }
});
