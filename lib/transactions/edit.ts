import type { Db } from '@/lib/db';
import { refreshRollups } from '@/lib/budgeting/rollups';
import { monthOf } from '@/lib/dates';
import { BadInputError, NotFoundError } from '@/lib/errors';

// The user's edits. Each runs in one database transaction (nothing half-saved), checks that every
// id it is given belongs to the user (someone else's id is "not found"), and marks the row as the
// user's decision so neither the bank nor a rule changes it again.

export type DetailsInput = { categoryId: string | null; merchantName: string | null; notes: string | null; tagNames: string[] };

async function categoryKind(db: Pick<Db, 'category'>, workspaceId: string, categoryId: string | null): Promise<string | null> {
  if (!categoryId) return null;
  const category = await db.category.findFirst({ where: { id: categoryId, workspaceId }, select: { kind: true } });
  if (!category) throw new BadInputError('Choose one of your categories.');
  return category.kind;
}

export async function updateTransactionDetails(db: Db, workspaceId: string, id: string, input: DetailsInput): Promise<void> {
  const existing = await db.transaction.findFirst({ where: { id, workspaceId }, select: { bookedOn: true } });
  if (!existing) throw new NotFoundError('That transaction');
  const kind = await categoryKind(db, workspaceId, input.categoryId);
  await db.$transaction(async (tx) => {
    await tx.transaction.update({
      where: { id },
      data: {
        categoryId: input.categoryId,
        categorySource: 'user',
        isTransfer: kind === 'transfer',
        merchantName: input.merchantName,
        notes: input.notes,
        userEditedAt: new Date(),
      },
    });
    await tx.transactionTag.deleteMany({ where: { transactionId: id } });
    for (const name of [...new Set(input.tagNames)]) {
      const tag = await tx.tag.upsert({ where: { workspaceId_name: { workspaceId, name } }, create: { workspaceId, name }, update: {}, select: { id: true } });
      await tx.transactionTag.create({ data: { transactionId: id, tagId: tag.id, workspaceId } });
    }
  });
  await refreshRollups(db, workspaceId, [monthOf(existing.bookedOn)]);
}

export type SplitPart = { categoryId: string | null; amountMinor: bigint; note: string | null };

/** Replaces the split of a transaction; an empty list removes it. Parts must add up to the amount exactly. */
export async function splitTransaction(db: Db, workspaceId: string, id: string, parts: SplitPart[]): Promise<void> {
  const existing = await db.transaction.findFirst({ where: { id, workspaceId }, select: { bookedOn: true, amountMinor: true } });
  if (!existing) throw new NotFoundError('That transaction');
  if (parts.length === 1 || parts.length > 20) throw new BadInputError('A split has between 2 and 20 parts.');
  const total = parts.reduce((sum, part) => sum + part.amountMinor, 0n);
  if (parts.length && total !== existing.amountMinor) throw new BadInputError('The parts must add up exactly to the transaction amount.');
  if (parts.some((part) => part.amountMinor === 0n || part.amountMinor < 0n !== existing.amountMinor < 0n)) {
    throw new BadInputError('Every part needs an amount with the same sign as the transaction, and none may be zero.');
  }
  for (const part of parts) await categoryKind(db, workspaceId, part.categoryId);
  await db.$transaction(async (tx) => {
    await tx.transactionSplit.deleteMany({ where: { transactionId: id } });
    if (parts.length) {
      await tx.transactionSplit.createMany({
        data: parts.map((part, index) => ({ workspaceId, transactionId: id, categoryId: part.categoryId, amountMinor: part.amountMinor, note: part.note, sortOrder: index })),
      });
    }
    await tx.transaction.update({ where: { id }, data: { categorySource: 'user', userEditedAt: new Date() } });
  });
  await refreshRollups(db, workspaceId, [monthOf(existing.bookedOn)]);
}

/** One category for many rows at once; all or nothing. */
export async function bulkRecategorize(db: Db, workspaceId: string, ids: string[], categoryId: string | null): Promise<number> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw new BadInputError('Select at least one transaction.');
  if (unique.length > 500) throw new BadInputError('Select at most 500 transactions at a time.');
  const rows = await db.transaction.findMany({ where: { workspaceId, id: { in: unique } }, select: { bookedOn: true } });
  if (rows.length !== unique.length) throw new NotFoundError('One of those transactions');
  const kind = await categoryKind(db, workspaceId, categoryId);
  const { count } = await db.transaction.updateMany({
    where: { workspaceId, id: { in: unique } },
    data: { categoryId, categorySource: 'user', isTransfer: kind === 'transfer', userEditedAt: new Date() },
  });
  await refreshRollups(db, workspaceId, rows.map((row) => monthOf(row.bookedOn)));
  return count;
}
