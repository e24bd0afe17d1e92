import type { Db } from '@/lib/db';

/**
 * One row in every table a user can own (beyond what linking made), for deletion and export tests.
 * The user's personal workspace has their id (lib/workspaces/test-helpers/person.ts).
 */
export async function seedUserRows(db: Db, userId: string, accountId: string, connectionId: string, email: string): Promise<void> {
  const category = await db.category.create({ data: { workspaceId: userId, name: 'Groceries', kind: 'expense' } });
  const tag = await db.tag.create({ data: { workspaceId: userId, name: 'trip' } });
  const transaction = await db.transaction.create({
    data: { workspaceId: userId, accountId, bankTransactionId: `t-${userId}`, status: 'posted', amountMinor: -1234n, bookedOn: new Date('2026-01-05T00:00:00Z'), description: 'Corner shop', categoryId: category.id },
  });
  await db.transactionTag.create({ data: { transactionId: transaction.id, tagId: tag.id, workspaceId: userId } });
  await db.transactionSplit.create({ data: { workspaceId: userId, transactionId: transaction.id, categoryId: category.id, amountMinor: -1234n } });
  await db.categoryRule.create({ data: { workspaceId: userId, descriptionContains: 'shop', setCategoryId: category.id } });
  await db.payeeRename.create({ data: { workspaceId: userId, payeeKey: 'corner shop', name: 'The Corner Shop' } });
  await db.budget.create({ data: { workspaceId: userId, categoryId: category.id, month: '2026-01', amountMinor: 50000n } });
  await db.goal.create({ data: { workspaceId: userId, name: 'Holiday', targetMinor: 300000n, targetDate: new Date('2026-12-01T00:00:00Z'), accountId, startsOn: new Date('2026-01-01T00:00:00Z') } });
  await db.monthlyRollup.create({ data: { workspaceId: userId, month: '2026-01', accountId, categoryId: category.id, merchant: '', inflowMinor: 0n, outflowMinor: 1234n, inCount: 0, outCount: 1 } });
  await db.holding.create({ data: { workspaceId: userId, accountId, position: 0, name: 'Index fund', holdingType: 'MUTUALFUND', marketValueMinor: 100000n } });
  await db.accountBalanceValue.create({ data: { workspaceId: userId, accountId, day: new Date('2026-01-01T00:00:00Z'), balanceMinor: 5000n, source: 'manual' } });
  await db.importBatch.create({ data: { workspaceId: userId, accountId, fileName: 'statement.csv', format: 'csv', rowCount: 0, skippedCount: 0, status: 'committed' } });
  await db.importMapping.create({ data: { workspaceId: userId, accountId, mappingJson: '{}' } });
  await db.balanceSnapshot.create({ data: { accountId, takenAt: new Date('2026-01-02T00:00:00Z'), currentBalanceMinor: 5000n } });
  const run = await db.syncRun.create({ data: { workspaceId: userId, connectionId, trigger: 'initial', status: 'succeeded' } });
  await db.syncLease.create({ data: { connectionId, runId: run.id, owner: 'test', expiresAt: new Date('2026-01-01T00:00:00Z') } });
  await db.syncCursor.create({ data: { accountId, connectionId, syncedThrough: '2026-01-05' } });
  await db.userProfile.create({ data: { workspaceId: userId, legalName: 'Pat Example', email } });
  await db.lendingReport.create({ data: { workspaceId: userId, title: 'Mortgage', tokenHash: `hash-${userId}`, snapshotJson: '{}', expiresAt: new Date('2026-02-01T00:00:00Z') } });
  await db.alert.create({ data: { workspaceId: userId, accountId, transactionId: transaction.id, kind: 'large_amount', severity: 'high', title: 'Large', explanation: 'x', occurredAt: new Date('2026-01-05T00:00:00Z'), dedupeKey: `k-${userId}` } });
  await db.monitoringSettings.create({ data: { workspaceId: userId, webhookUrl: 'https://hooks.example.test/secret-path', webhookSecret: 'whsec_secret' } });
  await db.accountHolderWatch.create({ data: { accountId, workspaceId: userId, holdersHash: 'h', holdersJson: '[]', checkedAt: new Date('2026-01-05T00:00:00Z') } });
  await db.webhookDelivery.create({ data: { workspaceId: userId, url: 'https://hooks.example.test/secret-path', alertCount: 1, status: 'delivered' } });
  await db.oAuthState.create({ data: { stateHash: `state-${userId}`, userId, workspaceId: userId, sessionId: 's', codeVerifierCipher: 'c', tokenKeyId: 'k', displayMode: 'page', expiresAt: new Date('2026-01-01T00:00:00Z') } });
  await db.session.create({ data: { sessionToken: `session-${userId}`, userId, expires: new Date('2099-01-01T00:00:00Z'), userAgent: 'Firefox', ipAddress: '198.51.100.1' } });
  await db.account.create({ data: { userId, type: 'oauth', provider: 'test', providerAccountId: `p-${userId}` } });
  await db.signInFailure.create({ data: { key: `email:${email}` } });
  await db.verificationToken.create({ data: { identifier: email, token: `v-${userId}`, expires: new Date('2026-01-01T00:00:00Z') } });
  await db.workspaceActivity.create({ data: { workspaceId: userId, actorId: userId, actorName: email, kind: 'category.created', summary: 'Added Groceries' } });
  await db.invitation.create({ data: { workspaceId: userId, email: `invited-${userId}@example.test`, role: 'member', tokenHash: `invite-${userId}`, invitedById: userId, expiresAt: new Date('2026-02-01T00:00:00Z') } });
  await db.securityEvent.create({ data: { userId, kind: 'sign_in', ipAddress: '198.51.100.1', userAgent: 'Firefox' } });
}

/** RFC 7662 introspection at the sandbox, as the app's own client (a client sees only its own tokens). */
export async function introspectAtSandbox(sandboxUrl: string, token: string, client: { clientId: string; clientSecret: string }): Promise<{ active: boolean }> {
  const response = await fetch(`${sandboxUrl}/aggregator-oauth/v1/introspect`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}` },
    body: new URLSearchParams({ token }),
  });
  if (!response.ok) throw new Error(`introspection answered ${response.status}`);
  return (await response.json()) as { active: boolean };
}
