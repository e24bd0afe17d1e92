import type { Db } from '@/lib/db';
import { monthOf } from '@/lib/dates';
import { NotFoundError } from '@/lib/errors';
import { refreshAfterImport } from './refresh-after-import';

// Undo removes exactly the rows the import added (by batch id) and marks the batch undone, in one
// transaction; then the balance and the months it touched are recomputed, so every total is what
// it was before the import.

export async function undoImport(db: Db, workspaceId: string, batchId: string, now = new Date()): Promise<void> {
  const batch = await db.importBatch.findFirst({ where: { id: batchId, workspaceId, status: 'committed' }, select: { id: true, account: { select: { id: true, source: true } } } });
  if (!batch) throw new NotFoundError('That import');
  // One row per day, so the months are known without loading the rows.
  const days = await db.transaction.groupBy({ by: ['bookedOn'], where: { importBatchId: batchId }, orderBy: { bookedOn: 'asc' } });
  await db.$transaction(async (tx) => {
    await tx.transaction.deleteMany({ where: { importBatchId: batchId } });
    await tx.importBatch.update({ where: { id: batchId }, data: { status: 'undone', undoneAt: now } });
  });
  await refreshAfterImport(db, workspaceId, batch.account, null, new Set(days.map((row) => monthOf(row.bookedOn))), now);
}

export async function listImports(db: Db, workspaceId: string, accountId: string, take = 20) {
  return db.importBatch.findMany({
    where: { workspaceId, accountId },
    orderBy: { createdAt: 'desc' },
    take,
    select: { id: true, fileName: true, format: true, rowCount: true, skippedCount: true, status: true, createdAt: true, undoneAt: true },
  });
}
