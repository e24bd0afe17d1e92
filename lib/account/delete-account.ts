import type { Db } from '@/lib/db';
import { ConflictError } from '@/lib/errors';
import { hashEmail, readCurrentRequestClient, toSecurityEventData, type RequestClient } from '@/lib/security/activity';
import { deleteWorkspace } from '@/lib/workspaces/delete-workspace';

export type DeleteAccountResult = { connections: number; revokedAtBank: number };

/**
 * Deletes an account. The workspaces only this person belongs to go with it (lib/workspaces/
 * delete-workspace.ts: bank tokens revoked, every row removed); their memberships elsewhere end.
 * A workspace other people use is never deleted from under them: while this person is its last
 * owner the deletion is refused (ConflictError) until they hand it on or remove the others.
 * One account_deleted event stays behind with no user id, only the SHA-256 of the email, so the
 * deletion can be proven later.
 */
export async function deleteAccount(db: Db, userId: string, request?: RequestClient): Promise<DeleteAccountResult | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) return null;

  const { solelyOwned, lastOwnerOfShared } = await classifyWorkspaces(db, userId);
  if (lastOwnerOfShared.length > 0) {
    throw new ConflictError(`You are the only owner of ${lastOwnerOfShared.map((name) => `“${name}”`).join(', ')}, which other people use. Make one of them an owner, or remove them, before deleting your account. Nothing was deleted.`);
  }
  let connections = 0;
  let revokedAtBank = 0;
  for (const workspaceId of solelyOwned) {
    const result = await deleteWorkspace(db, workspaceId, userId);
    connections += result.connections;
    revokedAtBank += result.revokedAtBank;
  }
  const byUser = { where: { userId } };
  const deletion = toSecurityEventData({ userId: null, userEmailHash: hashEmail(user.email), kind: 'account_deleted', detail: { connections, revokedAtBank } }, request ?? (await readCurrentRequestClient()));

  await db.$transaction([
    db.signInFailure.deleteMany({ where: { key: `email:${user.email}` } }),
    db.verificationToken.deleteMany({ where: { identifier: user.email } }),
    db.oAuthState.deleteMany(byUser),
    // The one delete of security events: erasing a deleted account's own history (addresses, devices).
    db.securityEvent.deleteMany(byUser),
    db.webAuthnChallenge.deleteMany(byUser),
    db.passkey.deleteMany(byUser),
    db.recoveryCode.deleteMany(byUser),
    db.totpFactor.deleteMany(byUser),
    db.session.deleteMany(byUser),
    db.account.deleteMany(byUser),
    // The activity log of shared workspaces keeps what they did, under the name they had.
    db.workspaceActivity.updateMany({ where: { actorId: userId }, data: { actorId: null } }),
    db.membership.deleteMany(byUser),
    db.user.delete({ where: { id: userId } }),
    db.securityEvent.create({ data: deletion }),
  ]);
  return { connections, revokedAtBank };
}

async function classifyWorkspaces(db: Db, userId: string): Promise<{ solelyOwned: string[]; lastOwnerOfShared: string[] }> {
  const mine = await db.membership.findMany({
    where: { userId },
    select: { role: true, workspace: { select: { id: true, name: true, memberships: { select: { userId: true, role: true } } } } },
  });
  const solelyOwned: string[] = [];
  const lastOwnerOfShared: string[] = [];
  for (const { role, workspace } of mine) {
    const others = workspace.memberships.filter((m) => m.userId !== userId);
    if (others.length === 0) solelyOwned.push(workspace.id);
    else if (role === 'owner' && !others.some((m) => m.role === 'owner')) lastOwnerOfShared.push(workspace.name);
  }
  return { solelyOwned, lastOwnerOfShared };
}

/** The tables deleteAccount clears by userId (workspace tables are deleteWorkspace's); the test checks this against the schema. */
export const USER_TABLES = ['Account', 'Session', 'OAuthState', 'SecurityEvent', 'TotpFactor', 'RecoveryCode', 'Passkey', 'WebAuthnChallenge', 'Membership'] as const;

/** Tables without a userId or workspaceId column, and how they are reached. */
export const INDIRECT_TABLES = {
  User: 'by id',
  Workspace: 'by id (deleteWorkspace)',
  BalanceSnapshot: 'by the workspace’s account ids',
  SyncLease: 'by the workspace’s connection ids',
  SyncJob: 'by the workspace’s connection ids',
  SyncCursor: 'by the workspace’s connection and account ids',
  SignInFailure: 'by the email key',
  VerificationToken: 'by the email identifier',
} as const;
