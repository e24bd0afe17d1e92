import { refreshRollups } from '@/lib/budgeting/rollups';
import { monthOf, monthsBetween } from '@/lib/dates';
import type { Db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { inTransaction, type SqlRunner } from '@/lib/sync/sql';
import { payeeOf } from './clean-payee';
import { writePayeeBatch } from './write-payees';

// A rename is one PayeeRename row plus one set-based UPDATE of that payee's rows, in one
// transaction; rows written later take the name where they are written (apply-renames.ts). The
// rows keep their payeeKey, so the rename keeps matching them and the bank's future rows.

async function requirePayee(db: Db, workspaceId: string, payeeKey: string): Promise<void> {
  const row = await db.transaction.findFirst({ where: { workspaceId, payeeKey }, select: { id: true } });
  // Another user's payee reads exactly like one that does not exist.
  if (!row) throw new NotFoundError('That payee');
}

// Monthly rollups group by merchant name: rebuild the months this payee appears in.
async function refreshPayeeMonths(db: Db, workspaceId: string, payeeKey: string): Promise<void> {
  const span = await db.transaction.aggregate({ where: { workspaceId, payeeKey }, _min: { bookedOn: true }, _max: { bookedOn: true } });
  if (!span._min.bookedOn || !span._max.bookedOn) return;
  await refreshRollups(db, workspaceId, monthsBetween(monthOf(span._min.bookedOn), monthOf(span._max.bookedOn)));
}

export async function renamePayee(db: Db, workspaceId: string, payeeKey: string, name: string, now = new Date()): Promise<{ updated: number }> {
  await requirePayee(db, workspaceId, payeeKey);
  const result = await db.$transaction(async (tx) => {
    await tx.payeeRename.upsert({
      where: { workspaceId_payeeKey: { workspaceId, payeeKey } },
      create: { workspaceId, payeeKey, name, createdAt: now, updatedAt: now },
      update: { name, updatedAt: now },
    });
    const { count } = await tx.transaction.updateMany({ where: { workspaceId, payeeKey }, data: { payee: name, updatedAt: now } });
    return { updated: count };
  });
  await refreshPayeeMonths(db, workspaceId, payeeKey);
  return result;
}

// Back to the cleaned names: recomputed from each row's own descriptor, a page at a time.
async function restoreCleanNames(sql: SqlRunner, workspaceId: string, payeeKey: string, now: Date): Promise<number> {
  let after = '';
  let updated = 0;
  for (;;) {
    const rows = await sql.query<{ id: string; description: string; bankMerchantName: string | null }>(
      `SELECT "id", "description", "bankMerchantName" FROM "Transaction" WHERE "workspaceId" = ? AND "payeeKey" = ? AND "id" > ? ORDER BY "id" LIMIT 2000`,
      [workspaceId, payeeKey, after],
    );
    if (rows.length === 0) return updated;
    updated += await writePayeeBatch(sql, rows.map((row) => ({ id: row.id, ...payeeOf(row.description, row.bankMerchantName) })), { onlyMissing: false, now });
    after = rows[rows.length - 1]!.id;
  }
}

export async function resetPayeeName(db: Db, workspaceId: string, payeeKey: string, now = new Date()): Promise<{ updated: number }> {
  await requirePayee(db, workspaceId, payeeKey);
  const result = await inTransaction(db, async (sql, tx) => {
    await tx.payeeRename.deleteMany({ where: { workspaceId, payeeKey } });
    return { updated: await restoreCleanNames(sql, workspaceId, payeeKey, now) };
  });
  await refreshPayeeMonths(db, workspaceId, payeeKey);
  return result;
}
