import type { Db } from '@/lib/db';
import { disconnectConnection } from '@/lib/bank/disconnect';
import { hashEmail, readCurrentRequestClient, toSecurityEventData, type RequestClient } from '@/lib/security/activity';

export type DeleteAccountResult = { connections: number; revokedAtBank: number };

/**
 * Deletes an account and everything it owns. First every bank authorization is revoked at the bank
 * (a bank that cannot be reached does not keep the data here: the tokens are dropped regardless),
 * then every row goes in one database transaction, and one account_deleted event stays behind
 * with no user id, only the SHA-256 of the email, so the deletion can be proven later.
 *
 * Every table is named here, by the column that ties it to the user (USER_TABLES) or through the
 * user's connections, accounts or email; lib/account/delete-account.test.ts fails when a model is
 * added to the schema without being classified.
 */
export async function deleteAccount(db: Db, userId: string, request?: RequestClient): Promise<DeleteAccountResult | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) return null;

  const connections = await db.bankConnection.findMany({ where: { userId }, select: { id: true } });
  let revokedAtBank = 0;
  for (const connection of connections) {
    const result = await disconnectConnection(db, userId, connection.id, false);
    if (result?.revokedAtBank) revokedAtBank += 1;
  }
  // Ids for the tables keyed by connection or account instead of by user (no foreign key to cascade on).
  const connectionIds = connections.map((c) => c.id);
  const accountIds = (await db.bankAccount.findMany({ where: { userId }, select: { id: true } })).map((a) => a.id);
  const byUser = { where: { userId } };
  const deletion = toSecurityEventData({ userId: null, userEmailHash: hashEmail(user.email), kind: 'account_deleted', detail: { connections: connections.length, revokedAtBank } }, request ?? (await readCurrentRequestClient()));

  await db.$transaction([
    db.syncLease.deleteMany({ where: { connectionId: { in: connectionIds } } }),
    db.syncJob.deleteMany({ where: { connectionId: { in: connectionIds } } }),
    db.syncCursor.deleteMany({ where: { OR: [{ connectionId: { in: connectionIds } }, { accountId: { in: accountIds } }] } }),
    db.signInFailure.deleteMany({ where: { key: `email:${user.email}` } }),
    db.verificationToken.deleteMany({ where: { identifier: user.email } }),
    // Children before parents, so no cascade has to carry a million rows it could have deleted directly.
    db.transactionTag.deleteMany(byUser),
    db.transactionSplit.deleteMany(byUser),
    db.transaction.deleteMany(byUser),
    db.importBatch.deleteMany(byUser),
    db.importMapping.deleteMany(byUser),
    db.holding.deleteMany(byUser),
    db.accountBalanceValue.deleteMany(byUser),
    db.balanceSnapshot.deleteMany({ where: { accountId: { in: accountIds } } }),
    db.monthlyRollup.deleteMany(byUser),
    db.bankAccount.deleteMany(byUser),
    db.bankConnection.deleteMany(byUser),
    db.oAuthState.deleteMany(byUser),
    db.syncRun.deleteMany(byUser),
    db.userProfile.deleteMany(byUser),
    db.lendingReport.deleteMany(byUser),
    db.alert.deleteMany(byUser),
    db.monitoringSettings.deleteMany(byUser),
    db.moneySettings.deleteMany(byUser),
    db.accountHolderWatch.deleteMany(byUser),
    db.webhookDelivery.deleteMany(byUser),
    db.categoryRule.deleteMany(byUser),
    db.payeeRename.deleteMany(byUser),
    db.budget.deleteMany(byUser),
    db.goal.deleteMany(byUser),
    db.tag.deleteMany(byUser),
    db.category.deleteMany(byUser),
    // The one delete of security events: erasing a deleted account's own history (addresses, devices).
    db.securityEvent.deleteMany(byUser),
    db.webAuthnChallenge.deleteMany(byUser),
    db.passkey.deleteMany(byUser),
    db.recoveryCode.deleteMany(byUser),
    db.totpFactor.deleteMany(byUser),
    db.session.deleteMany(byUser),
    db.account.deleteMany(byUser),
    db.user.delete({ where: { id: userId } }),
    db.securityEvent.create({ data: deletion }),
  ]);
  return { connections: connections.length, revokedAtBank };
}

/** The tables deleteAccount clears by userId; the test checks this against the schema. */
export const USER_TABLES = [
  'Account', 'Session', 'BankConnection', 'BankAccount', 'OAuthState', 'Transaction', 'ImportBatch', 'ImportMapping', 'Holding', 'AccountBalanceValue', 'SyncRun',
  'UserProfile', 'LendingReport', 'Alert', 'MonitoringSettings', 'AccountHolderWatch', 'WebhookDelivery', 'Category', 'CategoryRule', 'PayeeRename',
  'Tag', 'TransactionTag', 'TransactionSplit', 'Budget', 'MonthlyRollup', 'SecurityEvent', 'TotpFactor', 'RecoveryCode', 'Passkey',
  'WebAuthnChallenge', 'Goal', 'MoneySettings',
] as const;

/** Tables without a userId column, and how deleteAccount reaches them. */
export const INDIRECT_TABLES = {
  User: 'by id',
  BalanceSnapshot: 'by the user’s account ids',
  SyncLease: 'by the user’s connection ids',
  SyncJob: 'by the user’s connection ids',
  SyncCursor: 'by the user’s connection and account ids',
  SignInFailure: 'by the email key',
  VerificationToken: 'by the email identifier',
} as const;
