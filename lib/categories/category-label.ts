import type { Db } from '@/lib/db';

/** A category's name for the activity log; an unknown id reads as "a category". */
export async function categoryLabel(db: Db, workspaceId: string, categoryId: string): Promise<string> {
  const row = await db.category.findFirst({ where: { id: categoryId, workspaceId }, select: { name: true } });
  return row?.name ?? 'a category';
}
