import type { Db } from '@/lib/db';
import { applyRules } from '@/lib/categories/apply-rules';
import { categorizeFromBank, detectTransfers } from '@/lib/categories/categorize';
import { monthsOfTransactions, refreshRollups, withPreviousMonth } from './rollups';

/**
 * What budgeting does with a sync's new rows: transfers first (so a pair is never categorised as
 * spending), then bank categories, then the user's rules (which override bank categories but never
 * the user's own choices), then the monthly rollups of every month the rows touched.
 */
export async function processNewTransactions(db: Db, userId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await detectTransfers(db, userId, ids);
  await categorizeFromBank(db, userId, ids);
  await applyRules(db, userId, ids);
  // The month before too: a pending row that posted (or a row the bank dropped) near a month
  // edge changes the earlier month, and those rows are not in the new-id list.
  await refreshRollups(db, userId, withPreviousMonth(await monthsOfTransactions(db, userId, ids)));
}
