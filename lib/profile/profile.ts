import type { Db } from '@/lib/db';
import { bumpDataVersion } from '@/lib/page-cache/data-version';
import type { OwnerProfile } from '@/lib/ownership/types';
import type { ProfileInput } from './profile-schema';

/** The user's profile; the sign-in email stands in when no profile email is set. */
export async function getProfile(db: Db, user: { workspaceId: string; email: string }): Promise<OwnerProfile & { saved: boolean }> {
  const row = await db.userProfile.findUnique({ where: { workspaceId: user.workspaceId } });
  if (!row) return { email: user.email, saved: false };
  return { ...row, email: row.email ?? user.email, saved: true };
}

export async function saveProfile(db: Db, workspaceId: string, input: ProfileInput): Promise<void> {
  await db.userProfile.upsert({ where: { workspaceId }, create: { workspaceId, ...input }, update: input });
  await bumpDataVersion(db, workspaceId);
}
