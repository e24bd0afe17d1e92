import type { Db } from '@/lib/db';
import { rebuildAllRollups } from './rollups';

// A rule applied to all history can touch any month; rebuilding every month is exact and, at
// ~10k rows a month, takes seconds even for a million transactions.
export async function refreshRollupsForRules(db: Db, workspaceId: string): Promise<void> {
  await rebuildAllRollups(db, workspaceId);
}

/** Rollups are created lazily for users whose transactions arrived before budgeting existed. */
export async function ensureRollups(db: Db, workspaceId: string): Promise<void> {
  const [rollup, transaction] = await Promise.all([
    db.monthlyRollup.findFirst({ where: { workspaceId }, select: { month: true } }),
    db.transaction.findFirst({ where: { workspaceId, status: 'posted' }, select: { id: true } }),
  ]);
  if (!rollup && transaction) await rebuildAllRollups(db, workspaceId);
}
