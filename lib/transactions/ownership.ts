import type { Db } from '@/lib/db';
import type { TransactionFilters } from './filters';

/** Whether every id a filter names is the user's own (someone else's account id is a 404, not an empty list). */
export async function filtersAreOwned(db: Db, workspaceId: string, filters: TransactionFilters): Promise<boolean> {
  const checks: Promise<unknown>[] = [];
  if (filters.accountId) {
    if (filters.hiddenAccountIds.includes(filters.accountId)) return false;
    checks.push(db.bankAccount.findFirst({ where: { id: filters.accountId, workspaceId }, select: { id: true } }));
  }
  if (filters.categoryId && filters.categoryId !== 'none') checks.push(db.category.findFirst({ where: { id: filters.categoryId, workspaceId }, select: { id: true } }));
  if (filters.tagId) checks.push(db.tag.findFirst({ where: { id: filters.tagId, workspaceId }, select: { id: true } }));
  return (await Promise.all(checks)).every(Boolean);
}
