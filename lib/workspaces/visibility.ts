import type { Db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';

// Private accounts: a member may keep an account they linked private. Its balance still counts in
// the workspace's net worth and its money in the workspace's monthly totals, but its transactions —
// the list, search, detail, edits and exports, and the merchants and recurring charges they would
// reveal — are visible only to that member.

/** The accounts whose transactions `viewerId` may not see: private to another member. Usually empty. */
export async function listHiddenAccountIds(db: Db, workspaceId: string, viewerId: string): Promise<string[]> {
  const rows = await db.bankAccount.findMany({
    where: { workspaceId, privateToUserId: { not: null }, NOT: { privateToUserId: viewerId } },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/** Every private account of the workspace, for the views everyone shares (merchants, recurring charges). */
export async function listPrivateAccountIds(db: Db, workspaceId: string): Promise<string[]> {
  const rows = await db.bankAccount.findMany({ where: { workspaceId, privateToUserId: { not: null } }, select: { id: true } });
  return rows.map((row) => row.id);
}

/**
 * Refuses, as "not found", any transaction in the list that sits in an account private to another
 * member: an edit naming such an id by hand changes nothing.
 */
export async function assertTransactionsVisible(db: Db, workspaceId: string, viewerId: string, transactionIds: string[]): Promise<void> {
  const hidden = await listHiddenAccountIds(db, workspaceId, viewerId);
  if (hidden.length === 0 || transactionIds.length === 0) return;
  const blocked = await db.transaction.count({ where: { workspaceId, id: { in: transactionIds }, accountId: { in: hidden } } });
  if (blocked > 0) throw new NotFoundError('That transaction');
}
