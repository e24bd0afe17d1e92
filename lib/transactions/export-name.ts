import { toIsoDay } from '@/lib/dates';
import type { TransactionFilters } from './filters';

/**
 * The export's file name carries the range it covers, so two downloads never look alike:
 * cashlens-transactions-2026-10-01-to-2026-10-31.csv; an open end is "all" before, today after.
 */
export function transactionsExportName(filters: Pick<TransactionFilters, 'from' | 'to'>, now: Date): string {
  const from = filters.from ? toIsoDay(filters.from) : 'all';
  const to = toIsoDay(filters.to ?? now);
  return `cashlens-transactions-${from}-to-${to}.csv`;
}
