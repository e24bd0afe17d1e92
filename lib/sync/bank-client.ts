import { getBankConfig, type BankConfig } from '@/lib/bank/config';
import { markReconnectNeeded } from '@/lib/bank/connection-status';
import { createFdxClientWithTokens, type FdxClient } from '@/lib/bank/fdx-client';
import { getAccessToken } from '@/lib/bank/token-manager';
import type { Db } from '@/lib/db';

/** The FDX client for one stored connection, on the database the sync runs against. */
export function createSyncBankClient(db: Db, connectionId: string, config: BankConfig = getBankConfig()): FdxClient {
  return createFdxClientWithTokens(
    {
      getAccessToken: () => getAccessToken(connectionId, db),
      onUnauthorized: () => markReconnectNeeded(db, connectionId, 'The bank stopped accepting this connection.'),
    },
    config,
  );
}
