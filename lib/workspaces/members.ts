import type { Db } from '@/lib/db';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { recordActivity, type ActivityActor } from './activity';
import { parseRole, type WorkspaceRole } from './roles';

export type MemberView = { userId: string; name: string | null; email: string; role: WorkspaceRole; joinedAt: Date };

export async function listMembers(db: Db, workspaceId: string): Promise<MemberView[]> {
  const rows = await db.membership.findMany({
    where: { workspaceId },
    orderBy: { createdAt: 'asc' },
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((row) => ({ userId: row.user.id, name: row.user.name, email: row.user.email, role: parseRole(row.role), joinedAt: row.createdAt }));
}

async function findMember(db: Db, workspaceId: string, userId: string) {
  const member = await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { role: true, user: { select: { email: true } } } });
  if (!member) throw new NotFoundError('That member');
  return { role: parseRole(member.role), email: member.user.email };
}

async function countOwners(db: Db, workspaceId: string): Promise<number> {
  return db.membership.count({ where: { workspaceId, role: 'owner' } });
}

const LAST_OWNER = 'A workspace needs at least one owner. Make someone else an owner first. Nothing was changed.';

/** The caller is an owner of actor.workspaceId. The last owner cannot be demoted. */
export async function changeMemberRole(db: Db, actor: ActivityActor, userId: string, role: WorkspaceRole): Promise<void> {
  const member = await findMember(db, actor.workspaceId, userId);
  if (member.role === role) return;
  if (member.role === 'owner' && (await countOwners(db, actor.workspaceId)) <= 1) throw new ConflictError(LAST_OWNER);
  await db.membership.update({ where: { workspaceId_userId: { workspaceId: actor.workspaceId, userId } }, data: { role } });
  await recordActivity(db, actor, 'member.role_changed', `Made ${member.email} ${role}`, userId);
}

/**
 * Removes a member (an owner removing someone, or a person leaving). Their access ends at their next
 * request: every page, route and action reads the membership afresh, and sessions that had this
 * workspace open fall back to the person's own. Accounts they kept private stay private (their
 * transactions were never the others' to see). The last owner cannot be removed.
 */
export async function removeMember(db: Db, actor: ActivityActor, userId: string): Promise<void> {
  const member = await findMember(db, actor.workspaceId, userId);
  if (member.role === 'owner' && (await countOwners(db, actor.workspaceId)) <= 1) throw new ConflictError(LAST_OWNER);
  await db.$transaction([
    db.membership.delete({ where: { workspaceId_userId: { workspaceId: actor.workspaceId, userId } } }),
    db.session.updateMany({ where: { userId, activeWorkspaceId: actor.workspaceId }, data: { activeWorkspaceId: null } }),
  ]);
  await recordActivity(db, actor, 'member.removed', userId === actor.id ? `${member.email} left` : `Removed ${member.email}`, userId);
}
