import type { Db } from '@/lib/db';
import type { Actor } from '@/lib/workspaces/actor';

/**
 * Tests only: a person with their personal workspace, made the way the migration made them for
 * users who existed before workspaces — the workspace's id is the user's id, and they own it —
 * so a test can pass `user.id` wherever a workspace id is wanted.
 */
export async function createTestPerson(db: Db, data: { email: string; name?: string | null; passwordHash?: string }) {
  const user = await db.user.create({ data: { email: data.email, name: data.name ?? null, passwordHash: data.passwordHash ?? 'not-used' } });
  await db.workspace.create({ data: { id: user.id, name: `${user.email}'s money`, kind: 'personal', memberships: { create: { userId: user.id, role: 'owner' } } } });
  return user;
}

/** The person acting in their personal workspace, as the app's pages and actions would pass them. */
export function personalActor(user: { id: string; email: string; name?: string | null }, sessionId = 'test-session'): Actor {
  return { id: user.id, email: user.email, name: user.name ?? null, sessionId, workspaceId: user.id, role: 'owner' };
}
