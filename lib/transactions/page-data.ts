import type { Db } from '@/lib/db';
import { ensureDefaultCategories } from '@/lib/categories/ensure-categories';

/** What the transaction pages' pickers need: the user's accounts, categories and tags. */
export async function getPickerData(db: Db, workspaceId: string) {
  const [accounts, categories, tags] = await Promise.all([
    db.bankAccount.findMany({ where: { workspaceId }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    ensureDefaultCategories(db, workspaceId),
    db.tag.findMany({ where: { workspaceId }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ]);
  return { accounts, categories, tags };
}
