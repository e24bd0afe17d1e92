import type { Db } from '@/lib/db';
import { createFdxClient } from '@/lib/bank/fdx-client';
import { upsertSharedAccounts } from '@/lib/bank/save-connection';
import type { BankContact } from '@/lib/bank/transform-contacts';

/**
 * Re-reads which accounts the bank shares and their balances, e.g. after the person changed
 * their choice in the bank's Security Center. A refused token marks the connection
 * "reconnect needed" (inside the FDX client) and the error propagates to the caller.
 */
export async function refreshConnectionAccounts(db: Db, workspaceId: string, connectionId: string): Promise<void> {
  const connection = await db.bankConnection.findFirst({ where: { id: connectionId, workspaceId, status: 'active' }, select: { id: true } });
  if (!connection) return;
  const client = createFdxClient(connectionId, db);
  const accounts = await client.listAccounts();
  const contacts = new Map<string, BankContact>();
  for (const account of accounts) contacts.set(account.bankAccountId, await client.getAccountContact(account.bankAccountId));
  await db.$transaction(async (tx) => upsertSharedAccounts(tx, workspaceId, connectionId, accounts, contacts));
}
