import type { Db } from '@/lib/db';
import { ensureDefaultCategories } from '@/lib/categories/ensure-categories';
import { cachedPageData } from '@/lib/page-cache/page-data-cache';

/**
 * What the transaction pages' pickers need: the workspace's accounts, categories and tags. Read on
 * every list view and filter change but changed rarely, so it is served from the page cache until
 * the workspace's data version moves (new or renamed accounts, categories and tags all bump it).
 * The value is shared between requests: callers must not mutate it.
 */
export function getPickerData(db: Db, workspaceId: string) {
  return cachedPageData(db, workspaceId, 'transaction-pickers', {}, async () => {
    const [accounts, categories, tags] = await Promise.all([
      db.bankAccount.findMany({ where: { workspaceId }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
      ensureDefaultCategories(db, workspaceId),
      db.tag.findMany({ where: { workspaceId }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    ]);
    return { accounts, categories, tags };
  });
}
