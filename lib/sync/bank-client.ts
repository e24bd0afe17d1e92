import { createFdxClient, type FdxClient } from '@/lib/bank/fdx-client';
import type { Db } from '@/lib/db';

/** The bank client for one stored connection, at the connection's own institution, on the database the sync runs against. */
export function createSyncBankClient(db: Db, connectionId: string): FdxClient {
  return createFdxClient(connectionId, db);
}
