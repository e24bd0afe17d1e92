import type { Db } from '@/lib/db';
import { ensureRollups } from '@/lib/budgeting/rollup-jobs';

/** Whether the user has linked any account; also makes sure rollups exist for older imports. */
export async function prepareInsights(db: Db, workspaceId: string): Promise<boolean> {
  const account = await db.bankAccount.findFirst({ where: { workspaceId }, select: { id: true } });
  if (!account) return false;
  await ensureRollups(db, workspaceId);
  return true;
}
