import type { Db } from '@/lib/db';
import { providerOf, rawDate, sqlRunner, type Tx } from '@/lib/sync/sql';
import { parseRole, roleAllows, type WorkspaceNeed, type WorkspaceRole } from './roles';

export type MembershipView = { workspaceId: string; name: string; kind: string; role: WorkspaceRole };

type MembershipRow = { workspaceId: string; name: string; kind: string; role: string; createdAt: unknown };

/**
 * Every workspace the person belongs to: their personal one first, then by name. Read on every
 * signed-in request, so as one joined statement (Prisma's relation read is two, each costing more
 * CPU than the SQL itself).
 */
export async function listMemberships(db: Db, userId: string): Promise<MembershipView[]> {
  const rows = await sqlRunner(db, providerOf(db)).query<MembershipRow>(
    `SELECT w."id" AS "workspaceId", w."name" AS "name", w."kind" AS "kind", w."createdAt" AS "createdAt", m."role" AS "role"
       FROM "Membership" m JOIN "Workspace" w ON w."id" = m."workspaceId"
      WHERE m."userId" = ?`,
    [userId],
  );
  return rows
    .map((row) => ({ workspaceId: row.workspaceId, name: row.name, kind: row.kind, role: parseRole(row.role), createdAt: rawDate(row.createdAt) }))
    .sort((a, b) => Number(b.kind === 'personal') - Number(a.kind === 'personal') || a.name.localeCompare(b.name) || a.createdAt.getTime() - b.createdAt.getTime())
    .map(({ createdAt: _createdAt, ...view }) => view);
}

/**
 * The membership a request works in: the session's chosen workspace while the person is still a
 * member of it, otherwise their first (personal) one. Null only for someone with no workspace.
 */
export function pickActiveMembership(memberships: MembershipView[], chosen: string | null): MembershipView | null {
  return memberships.find((m) => m.workspaceId === chosen) ?? memberships[0] ?? null;
}

/** A new person's own workspace, where they are the owner. */
export async function createPersonalWorkspace(db: Db | Tx, user: { id: string; name: string | null; email: string }): Promise<string> {
  const workspace = await db.workspace.create({
    data: { name: personalWorkspaceName(user), kind: 'personal', memberships: { create: { userId: user.id, role: 'owner' } } },
    select: { id: true },
  });
  return workspace.id;
}

export function personalWorkspaceName(user: { name: string | null; email: string }): string {
  const who = user.name?.trim() || user.email.split('@')[0] || 'My';
  return `${who}'s money`.slice(0, 80);
}

/** Whether the person's role in that workspace allows `need`; false for someone not in it. */
export async function memberCan(db: Db, userId: string, workspaceId: string, need: WorkspaceNeed): Promise<boolean> {
  const membership = await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { role: true } });
  return membership !== null && roleAllows(parseRole(membership.role), need);
}
