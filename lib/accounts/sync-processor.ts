import { registerSyncRunFinisher } from '@/lib/sync/processors';
import { reconstructConnectionBalances } from './reconstruct-balances';

// Net-worth history's hook into sync (imported once, from lib/sync/register-processors.ts): after
// every successful run, the connection's past daily balances are worked out again from the new
// current balance and transactions.
registerSyncRunFinisher('net-worth-history', async ({ db, workspaceId, connectionId }) => {
  await reconstructConnectionBalances(db, workspaceId, connectionId);
});
