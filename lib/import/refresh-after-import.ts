import type { Db } from '@/lib/db';
import { refreshManualBalance } from '@/lib/accounts/manual-balance';
import { refreshRollups } from '@/lib/budgeting/rollups';
import { applyRules } from '@/lib/categories/apply-rules';

// What follows a committed import or its undo, as for a hand-entered row: the manual account's
// balance (a linked account's comes from the bank), the user's rules over the new rows, and the
// rollups of the months the file covers, which the dashboard and budgets read.

export async function refreshAfterImport(db: Db, workspaceId: string, account: { id: string; source: string }, batchId: string | null, months: Iterable<string>, now: Date): Promise<void> {
  if (account.source === 'manual') await db.$transaction((tx) => refreshManualBalance(tx, account.id, now));
  if (batchId) {
    // A page of ids at a time, so a 200k-row file never holds every id in memory.
    let after = '';
    for (;;) {
      const page = await db.transaction.findMany({ where: { importBatchId: batchId, id: { gt: after } }, orderBy: { id: 'asc' }, take: 1000, select: { id: true } });
      if (page.length === 0) break;
      await applyRules(db, workspaceId, page.map((row) => row.id));
      after = page[page.length - 1]!.id;
    }
  }
  await refreshRollups(db, workspaceId, months);
}
