import type { TransactionFilters } from './filters';

/** How many filters narrow the list (sort order and page are not filters): the number on the phone's "Filters" button. */
export function countActiveFilters(filters: Pick<TransactionFilters, 'q' | 'accountId' | 'categoryId' | 'tagId' | 'from' | 'to' | 'status' | 'minAmountMinor' | 'maxAmountMinor'>): number {
  const set = [filters.q, filters.accountId, filters.categoryId, filters.tagId, filters.from, filters.to, filters.minAmountMinor, filters.maxAmountMinor].filter((value) => value !== null && value !== '');
  return set.length + (filters.status === 'all' ? 0 : 1);
}
