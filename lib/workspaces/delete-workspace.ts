import type { Db } from '@/lib/db';
import { disconnectConnection } from '@/lib/bank/disconnect';

export type DeleteWorkspaceResult = { connections: number; revokedAtBank: number };

/**
 * Deletes a workspace and everything in it. First every bank authorization is revoked at the bank
 * (a bank that cannot be reached does not keep the data here: the tokens are dropped regardless),
 * then every row goes in one database transaction. `actorId` is who asked, for the bank_unlinked
 * security events. Every table is named here or in lib/account/delete-account.ts;
 * lib/account/delete-account.test.ts fails when a model is added without being classified.
 */
export async function deleteWorkspace(db: Db, workspaceId: string, actorId: string): Promise<DeleteWorkspaceResult> {
  const connections = await db.bankConnection.findMany({ where: { workspaceId }, select: { id: true } });
  let revokedAtBank = 0;
  for (const connection of connections) {
    const result = await disconnectConnection(db, { id: actorId, workspaceId }, connection.id, false);
    if (result?.revokedAtBank) revokedAtBank += 1;
  }
  // Ids for the tables keyed by connection or account instead of by workspace (no foreign key to cascade on).
  const connectionIds = connections.map((c) => c.id);
  const accountIds = (await db.bankAccount.findMany({ where: { workspaceId }, select: { id: true } })).map((a) => a.id);
  const inWorkspace = { where: { workspaceId } };
  await db.$transaction([
    db.syncLease.deleteMany({ where: { connectionId: { in: connectionIds } } }),
    db.syncJob.deleteMany({ where: { connectionId: { in: connectionIds } } }),
    db.syncCursor.deleteMany({ where: { OR: [{ connectionId: { in: connectionIds } }, { accountId: { in: accountIds } }] } }),
    // Children before parents, so no cascade has to carry a million rows it could have deleted directly.
    db.transactionTag.deleteMany(inWorkspace),
    db.transactionSplit.deleteMany(inWorkspace),
    db.transaction.deleteMany(inWorkspace),
    db.importBatch.deleteMany(inWorkspace),
    db.importMapping.deleteMany(inWorkspace),
    db.holding.deleteMany(inWorkspace),
    db.accountBalanceValue.deleteMany(inWorkspace),
    db.balanceSnapshot.deleteMany({ where: { accountId: { in: accountIds } } }),
    db.monthlyRollup.deleteMany(inWorkspace),
    db.bankAccount.deleteMany(inWorkspace),
    db.bankConnection.deleteMany(inWorkspace),
    db.oAuthState.deleteMany(inWorkspace),
    db.syncRun.deleteMany(inWorkspace),
    db.userProfile.deleteMany(inWorkspace),
    db.lendingReport.deleteMany(inWorkspace),
    db.alert.deleteMany(inWorkspace),
    db.monitoringSettings.deleteMany(inWorkspace),
    db.moneySettings.deleteMany(inWorkspace),
    db.accountHolderWatch.deleteMany(inWorkspace),
    db.webhookDelivery.deleteMany(inWorkspace),
    db.categoryRule.deleteMany(inWorkspace),
    db.payeeRename.deleteMany(inWorkspace),
    db.budget.deleteMany(inWorkspace),
    db.goal.deleteMany(inWorkspace),
    db.tag.deleteMany(inWorkspace),
    db.category.deleteMany(inWorkspace),
    db.workspaceActivity.deleteMany(inWorkspace),
    db.session.updateMany({ where: { activeWorkspaceId: workspaceId }, data: { activeWorkspaceId: null } }),
    // Memberships and invitations go with the workspace row (foreign keys, on delete cascade).
    db.workspace.deleteMany({ where: { id: workspaceId } }),
  ]);
  return { connections: connections.length, revokedAtBank };
}

/** The tables deleteWorkspace clears by workspaceId; the test checks this against the schema. */
export const WORKSPACE_TABLES = [
  'BankConnection', 'BankAccount', 'OAuthState', 'Transaction', 'ImportBatch', 'ImportMapping', 'Holding', 'AccountBalanceValue', 'SyncRun',
  'UserProfile', 'LendingReport', 'Alert', 'MonitoringSettings', 'AccountHolderWatch', 'WebhookDelivery', 'Category', 'CategoryRule', 'PayeeRename',
  'Tag', 'TransactionTag', 'TransactionSplit', 'Budget', 'MonthlyRollup', 'Goal', 'MoneySettings', 'WorkspaceActivity', 'Membership', 'Invitation',
] as const;
