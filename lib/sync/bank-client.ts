import { getBankConfig, type BankConfig } from '@/lib/bank/config';
import { createFdxClient, type FdxClient } from '@/lib/bank/fdx-client';
import type { Db } from '@/lib/db';

/** The FDX client for one stored connection, on the database the sync runs against. */
export function createSyncBankClient(db: Db, connectionId: string, config: BankConfig = getBankConfig()): FdxClient {
  return createFdxClient(connectionId, db, config);
}
