import { registerPendingReplacementHook, registerSyncProcessor } from '@/lib/sync/processors';
import { monitorNewTransactions } from './run-monitoring';

// Transaction monitoring hooks into every sync here. A sync hands its new rows over in chunks;
// the account holders are re-read once per run, with the first chunk.

const holdersCheckedFor = new Set<string>();

export const MONITORING_PROCESSOR = 'transaction-monitoring';

export function registerMonitoring(): () => void {
  // An alert about a pending charge follows it to the posted row that settles it.
  const unhook = registerPendingReplacementHook(MONITORING_PROCESSOR, async (tx, { userId, pendingId, postedId }) => {
    await tx.alert.updateMany({ where: { transactionId: pendingId, userId }, data: { transactionId: postedId } });
  });
  const unregister = registerSyncProcessor(MONITORING_PROCESSOR, async ({ db, userId, connectionId, runId, newTransactionIds }) => {
    const firstChunk = !holdersCheckedFor.has(runId);
    if (firstChunk) {
      holdersCheckedFor.add(runId);
      if (holdersCheckedFor.size > 1_000) holdersCheckedFor.delete(holdersCheckedFor.values().next().value!);
    }
    await monitorNewTransactions({ db, userId, connectionId, transactionIds: newTransactionIds, checkHolders: firstChunk });
  });
  return () => {
    unhook();
    unregister();
  };
}

registerMonitoring();
