import { createLinkToken, hashLinkToken, isWellFormedLinkToken } from '@/lib/crypto/link-token';
import type { Db } from '@/lib/db';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '@/lib/errors';
import { recordActivity, type ActivityActor } from './activity';
import { parseRole, type WorkspaceRole } from './roles';

// An owner invites by email address; the link is single-use and expires. Accepting checks, in one
// place, every way an invitation can be wrong, and each answer says what happened and changes nothing.

export const INVITATION_LIFETIME_DAYS = 7;
const DAY_MS = 86_400_000;

export type InvitableRole = Exclude<WorkspaceRole, 'owner'>;
export type CreatedInvitation = { id: string; token: string; email: string; role: InvitableRole; expiresAt: Date };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The caller has checked that `actor` is an owner of actor.workspaceId. */
export async function createInvitation(db: Db, actor: ActivityActor, input: { email: string; role: InvitableRole }, now = new Date()): Promise<CreatedInvitation> {
  const email = normaliseEmail(input.email);
  const alreadyMember = await db.membership.findFirst({ where: { workspaceId: actor.workspaceId, user: { email } }, select: { userId: true } });
  if (alreadyMember) throw new ConflictError(`${email} is already a member of this workspace.`);
  const { token, tokenHash } = createLinkToken();
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_DAYS * DAY_MS);
  const invitation = await db.$transaction(async (tx) => {
    // One open invitation per address: inviting again replaces the earlier link.
    await tx.invitation.updateMany({ where: { workspaceId: actor.workspaceId, email, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    const created = await tx.invitation.create({
      data: { workspaceId: actor.workspaceId, email, role: input.role, tokenHash, invitedById: actor.id, expiresAt, createdAt: now },
      select: { id: true },
    });
    await recordActivity(tx, actor, 'member.invited', `Invited ${email} as ${input.role}`, created.id);
    return created;
  });
  return { id: invitation.id, token, email, role: input.role, expiresAt };
}

export type InvitationView = { id: string; email: string; role: WorkspaceRole; createdAt: Date; expiresAt: Date; state: 'open' | 'accepted' | 'revoked' | 'expired' };

export async function listInvitations(db: Db, workspaceId: string, now = new Date()): Promise<InvitationView[]> {
  const rows = await db.invitation.findMany({ where: { workspaceId }, orderBy: { createdAt: 'desc' }, take: 50 });
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    role: parseRole(row.role),
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    state: row.acceptedAt ? 'accepted' : row.revokedAt ? 'revoked' : row.expiresAt.getTime() <= now.getTime() ? 'expired' : 'open',
  }));
}

/** Revokes an open invitation of the actor's workspace; another workspace's id reads as not found. */
export async function revokeInvitation(db: Db, actor: ActivityActor, invitationId: string, now = new Date()): Promise<void> {
  const invitation = await db.invitation.findFirst({ where: { id: invitationId, workspaceId: actor.workspaceId }, select: { email: true } });
  if (!invitation) throw new NotFoundError('That invitation');
  const { count } = await db.invitation.updateMany({ where: { id: invitationId, workspaceId: actor.workspaceId, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
  if (count === 0) throw new ConflictError('That invitation was already used or revoked.');
  await recordActivity(db, actor, 'invitation.revoked', `Revoked the invitation for ${invitation.email}`, invitationId);
}

export type InvitationPreview = { workspaceName: string; email: string; role: WorkspaceRole; inviterName: string };

const UNUSABLE = 'This invitation link is not valid: it was mistyped, revoked, already used, or has expired. Ask the owner for a new one.';

/** What an invitation link is for, to show before accepting; null when it cannot be used. */
export async function previewInvitation(db: Db, token: string, now = new Date()): Promise<InvitationPreview | null> {
  if (!isWellFormedLinkToken(token)) return null;
  const row = await db.invitation.findUnique({ where: { tokenHash: hashLinkToken(token) }, include: { workspace: { select: { name: true } } } });
  if (!row || row.acceptedAt || row.revokedAt || row.expiresAt.getTime() <= now.getTime()) return null;
  const inviter = await db.user.findUnique({ where: { id: row.invitedById }, select: { name: true, email: true } });
  return { workspaceName: row.workspace.name, email: row.email, role: parseRole(row.role), inviterName: inviter?.name?.trim() || inviter?.email || 'An owner' };
}

/**
 * Accepts an invitation for the signed-in person. Refused — with nothing changed — when the link is
 * unknown, expired, revoked or used, or when it was sent to another address. Claiming the
 * invitation and adding the membership happen in one transaction, so two tabs cannot both use it.
 */
export async function acceptInvitation(db: Db, user: { id: string; email: string; name: string | null }, token: string, now = new Date()): Promise<{ workspaceId: string }> {
  if (!isWellFormedLinkToken(token)) throw new BadInputError(UNUSABLE);
  const row = await db.invitation.findUnique({ where: { tokenHash: hashLinkToken(token) } });
  if (!row || row.acceptedAt || row.revokedAt || row.expiresAt.getTime() <= now.getTime()) throw new BadInputError(UNUSABLE);
  if (normaliseEmail(user.email) !== row.email) {
    throw new ForbiddenError(`This invitation was sent to another email address. Sign in as the person it was sent to; you are signed in as ${user.email}.`);
  }
  return db.$transaction(async (tx) => {
    const claimed = await tx.invitation.updateMany({ where: { id: row.id, acceptedAt: null, revokedAt: null }, data: { acceptedAt: now, acceptedBy: user.id } });
    if (claimed.count !== 1) throw new BadInputError(UNUSABLE);
    const existing = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: row.workspaceId, userId: user.id } } });
    if (!existing) await tx.membership.create({ data: { workspaceId: row.workspaceId, userId: user.id, role: parseRole(row.role) === 'owner' ? 'member' : row.role, createdAt: now } });
    await recordActivity(tx, { ...user, workspaceId: row.workspaceId }, 'member.joined', `Joined as ${row.role}`, user.id);
    return { workspaceId: row.workspaceId };
  });
}
