import { registerPendingReplacementHook, registerSyncProcessor } from '@/lib/sync/processors';
import { monitorNewTransactions } from './run-monitoring';

// Transaction monitoring hooks into every sync here (imported by lib/sync/register-processors.ts).

export const MONITORING_PROCESSOR = 'transaction-monitoring';

export function registerMonitoring(): () => void {
  // An alert about a pending charge follows it to the posted row that settles it.
  const unhook = registerPendingReplacementHook(MONITORING_PROCESSOR, async (tx, { userId, pendingId, postedId }) => {
    await tx.alert.updateMany({ where: { transactionId: pendingId, userId }, data: { transactionId: postedId } });
  });
  const unregister = registerSyncProcessor(MONITORING_PROCESSOR, async ({ db, userId, connectionId, runId, newTransactionIds }) => {
    await monitorNewTransactions({ db, userId, connectionId, runId, transactionIds: newTransactionIds });
  });
  return () => {
    unhook();
    unregister();
  };
}

registerMonitoring();
