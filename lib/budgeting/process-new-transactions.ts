import type { Db } from '@/lib/db';
import { applyRules } from '@/lib/categories/apply-rules';
import { categorizeFromBank, detectTransfers } from '@/lib/categories/categorize';
import { monthsOfTransactions, refreshRollups, withPreviousMonth } from './rollups';

/**
 * What budgeting does with a sync's new rows: transfers first (so a pair is never categorised as
 * spending), then bank categories, then the user's rules (which override bank categories but never
 * the user's own choices), then the monthly rollups of every month the rows touched.
 */
export async function processNewTransactions(db: Db, workspaceId: string, ids: string[]): Promise<void> {
  await refreshRollupsAfterSync(db, workspaceId, await categorizeNewTransactions(db, workspaceId, ids));
}

/** Transfers, bank categories and rules for new rows; returns the months they fall in. */
export async function categorizeNewTransactions(db: Db, workspaceId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  await detectTransfers(db, workspaceId, ids);
  await categorizeFromBank(db, workspaceId, ids);
  await applyRules(db, workspaceId, ids);
  return monthsOfTransactions(db, workspaceId, ids);
}

/** Rebuilds the rollups of the months new rows fell in. */
export async function refreshRollupsAfterSync(db: Db, workspaceId: string, months: Set<string>): Promise<void> {
  if (months.size === 0) return;
  // The month before too: a pending row that posted (or a row the bank dropped) near a month
  // edge changes the earlier month, and those rows are not in the new-id list.
  await refreshRollups(db, workspaceId, withPreviousMonth(months));
}
