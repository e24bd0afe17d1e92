import type { Db } from '@/lib/db';
import { bumpDataVersion } from '@/lib/page-cache/data-version';
import { BadInputError, ConflictError, NotFoundError } from '@/lib/errors';
import { nameKeyOf } from '@/lib/categories/category-name';

// Renaming, merging and deleting a user's tags. A tag is only a label on transactions: deleting
// one takes the label off them and never touches the transactions themselves.

export type TagRow = { id: string; name: string; transactionCount: number };

export async function listTagsWithCounts(db: Db, workspaceId: string): Promise<TagRow[]> {
  const tags = await db.tag.findMany({ where: { workspaceId }, orderBy: { name: 'asc' }, select: { id: true, name: true, _count: { select: { transactions: true } } } });
  return tags.map((tag) => ({ id: tag.id, name: tag.name, transactionCount: tag._count.transactions }));
}

async function findOwnTag(db: Pick<Db, 'tag'>, workspaceId: string, id: string) {
  const tag = await db.tag.findFirst({ where: { id, workspaceId }, select: { id: true, name: true } });
  if (!tag) throw new NotFoundError('That tag');
  return tag;
}

export async function renameTag(db: Db, workspaceId: string, id: string, name: string): Promise<void> {
  const tag = await findOwnTag(db, workspaceId, id);
  // Names are unique whatever their case; the (workspaceId, name) index catches only exact repeats.
  const others = await db.tag.findMany({ where: { workspaceId, id: { not: tag.id } }, select: { name: true } });
  if (others.some((other) => nameKeyOf(other.name) === nameKeyOf(name))) throw new ConflictError(`You already have a tag named “${name}”. Merge the two instead.`);
  try {
    await db.tag.update({ where: { id: tag.id }, data: { name } });
    await bumpDataVersion(db, workspaceId);
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') throw new ConflictError(`You already have a tag named “${name}”. Merge the two instead.`);
    throw error;
  }
}

/** Every transaction tagged `fromId` ends up tagged `intoId` (once), rules follow, `fromId` goes. */
export async function mergeTag(db: Db, workspaceId: string, fromId: string, intoId: string): Promise<number> {
  if (fromId === intoId) throw new BadInputError('Choose a different tag to merge into.', { intoId: ['Choose a different tag to merge into.'] });
  const from = await findOwnTag(db, workspaceId, fromId);
  const into = await findOwnTag(db, workspaceId, intoId);
  return db.$transaction(
    async (tx) => {
      // A transaction with both tags keeps one link: drop the duplicate before re-pointing the rest.
      await tx.transactionTag.deleteMany({ where: { workspaceId, tagId: from.id, transaction: { tags: { some: { tagId: into.id } } } } });
      const moved = await tx.transactionTag.updateMany({ where: { workspaceId, tagId: from.id }, data: { tagId: into.id } });
      await tx.categoryRule.updateMany({ where: { workspaceId, addTagId: from.id }, data: { addTagId: into.id } });
      await tx.tag.delete({ where: { id: from.id } });
      await bumpDataVersion(tx, workspaceId);
      return moved.count;
    },
    { maxWait: 30_000, timeout: 300_000 },
  );
}

/** Takes the tag off every transaction and deletes it; refused while a rule still adds it. */
export async function deleteTag(db: Db, workspaceId: string, id: string): Promise<void> {
  const tag = await findOwnTag(db, workspaceId, id);
  const rules = await db.categoryRule.count({ where: { workspaceId, addTagId: tag.id } });
  if (rules > 0) throw new ConflictError(`${rules === 1 ? 'A rule adds' : `${rules} rules add`} “${tag.name}”. Change or delete ${rules === 1 ? 'that rule' : 'those rules'} first.`);
  await db.$transaction([db.transactionTag.deleteMany({ where: { workspaceId, tagId: tag.id } }), db.tag.delete({ where: { id: tag.id } })]);
  await bumpDataVersion(db, workspaceId);
}
