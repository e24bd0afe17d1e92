import { registerSyncProcessor } from '@/lib/sync/processors';
import { monitorNewTransactions } from './run-monitoring';

// Transaction monitoring hooks into every sync here (imported by lib/sync/register-processors.ts).
// No pending-replacement hook: it would cost a write per settled purchase inside the sync. An
// alert is keyed by the purchase's identity (its pending id), so when the posted row arrives as a
// new row the processor finds the alert and points it at the posted row (save-alerts.ts).

export const MONITORING_PROCESSOR = 'transaction-monitoring';

export function registerMonitoring(): () => void {
  return registerSyncProcessor(MONITORING_PROCESSOR, async ({ db, workspaceId, connectionId, runId, newTransactionIds, now }) => {
    await monitorNewTransactions({ db, workspaceId, connectionId, runId, transactionIds: newTransactionIds, now });
  });
}

registerMonitoring();
