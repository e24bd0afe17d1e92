import { addDays, addIsoDays, parseIsoDay } from '@/lib/dates';
import { matchPendingToPosted, matchRules, type PendingCandidate, type PostedCandidate } from './pending-match';
import { runPendingReplacementHooks } from './processors';
import { placeholders, type SqlRunner, type Tx } from './sql';

// The end of a pass over [start, end]: rows in that window without this pass's mark are ones the
// bank stopped listing. Pending rows go at once (the posted row that settled one takes over the
// user's edits); posted rows go only when a second consecutive pass also misses them.
// Runs in the transaction that advances the account's watermark.

export type ReconcileTarget = { workspaceId: string; accountId: string; passId: string; start: string; end: string; fullHistory: boolean; runStartedAt: Date };
export type ReconcileResult = { linked: number; linkedAddedThisRun: number; removed: number };

// The bank filters by posted date (pending: transaction date); the first days of a window are
// judged only by a pass that reaches further back, so a boundary mismatch never deletes a row.
const pendingMarginDays = 1;
const postedMarginDays = 6;

/**
 * Every Transaction column the user (or a rule on the user's behalf) owns: the bank never writes
 * them, and a pending row's values move to the posted row that settles it. A test compares this
 * list and `bankOwnedTransactionColumns` with the Prisma model, so a new column forces a decision.
 */
export const userOwnedTransactionColumns = ['categoryId', 'categorySource', 'merchantName', 'notes', 'isTransfer', 'userEditedAt'] as const;

/** Columns written by the sync from the bank's data, or bookkeeping of our own: never carried. */
export const bankOwnedTransactionColumns = [
  'id', 'workspaceId', 'accountId', 'bankTransactionId', 'status', 'amountMinor', 'currency', 'bookedOn', 'transactedAt', 'postedAt',
  'description', 'bankMerchantName', 'payee', 'payeeKey', 'bankCategory', 'bankTransactionType', 'foreignAmountMinor', 'foreignCurrency', 'merchantCountry',
  'replacedPendingBankId', 'missingCount', 'bankReferenceId', 'lastSeenPassId', 'createdAt', 'updatedAt', 'origin', 'importBatchId', 'externalId',
] as const;

type PendingRow = PendingCandidate & { categoryId: string | null; categorySource: string | null; merchantName: string | null; notes: string | null; isTransfer: boolean | number; userEditedAt: Date | null };
type PostedRow = PostedCandidate & { categoryId: string | null; categorySource: string | null; merchantName: string | null; notes: string | null };

const userColumns = userOwnedTransactionColumns.map((column) => `"${column}"`).join(', ');
const matchColumns = '"id", "bankTransactionId", "amountMinor", "bookedOn", "description", "createdAt"';

const toDate = (value: unknown) => new Date(value as Date);
const normalise = <T extends PendingCandidate>(row: T): T => ({ ...row, amountMinor: BigInt(row.amountMinor), bookedOn: toDate(row.bookedOn), createdAt: toDate(row.createdAt) });

// The user's category, merchant, notes and transfer flag move to the posted row. A user's choice
// beats whatever a rule may already have put on the posted row; otherwise only gaps are filled.
// Typed over the list, so a column added to it cannot be forgotten here.
function carriedEdits(pending: PendingRow, posted: PostedRow): Record<(typeof userOwnedTransactionColumns)[number], unknown> {
  const userOwned = pending.categorySource === 'user';
  const take = <T>(mine: T | null, theirs: T | null) => (userOwned ? (mine ?? theirs) : (theirs ?? mine));
  return {
    categoryId: take(pending.categoryId, posted.categoryId),
    categorySource: pending.categoryId && (userOwned || !posted.categoryId) ? pending.categorySource : posted.categorySource,
    merchantName: take(pending.merchantName, posted.merchantName),
    notes: take(pending.notes, posted.notes),
    isTransfer: Boolean(pending.isTransfer),
    userEditedAt: pending.userEditedAt ? toDate(pending.userEditedAt) : null,
  };
}

async function linkAndRemovePending(sql: SqlRunner, tx: Tx, target: ReconcileTarget): Promise<{ linked: number; linkedAddedThisRun: number; removed: number }> {
  const params: unknown[] = [target.accountId, target.passId];
  let window = '';
  if (!target.fullHistory) {
    window = ' AND "bookedOn" >= ?';
    params.push(parseIsoDay(addIsoDays(target.start, pendingMarginDays)));
  }
  const vanished = (
    await sql.query<PendingRow>(
      `SELECT ${matchColumns}, ${userColumns} FROM "Transaction" WHERE "accountId" = ? AND "status" = 'pending' AND ("lastSeenPassId" IS NULL OR "lastSeenPassId" <> ?)${window}`,
      params,
    )
  ).map(normalise);
  if (vanished.length === 0) return { linked: 0, linkedAddedThisRun: 0, removed: 0 };

  const earliest = vanished.reduce((min, row) => Math.min(min, row.bookedOn.getTime()), Infinity);
  const latest = vanished.reduce((max, row) => Math.max(max, row.bookedOn.getTime()), -Infinity);
  const posted = (
    await sql.query<PostedRow>(
      `SELECT ${matchColumns}, "bankReferenceId", "categoryId", "categorySource", "merchantName", "notes" FROM "Transaction"
       WHERE "accountId" = ? AND "status" = 'posted' AND "replacedPendingBankId" IS NULL AND "lastSeenPassId" = ? AND "bookedOn" >= ? AND "bookedOn" <= ?`,
      [target.accountId, target.passId, addDays(new Date(earliest), -matchRules.daysBefore), addDays(new Date(latest), matchRules.daysAfter)],
    )
  ).map(normalise);

  const pendingById = new Map(vanished.map((row) => [row.id, row]));
  const postedById = new Map(posted.map((row) => [row.id, row]));
  const matches = matchPendingToPosted(vanished, posted);
  let linkedAddedThisRun = 0;
  for (const match of matches) {
    const pending = pendingById.get(match.pendingId)!;
    const settled = postedById.get(match.postedId)!;
    await runPendingReplacementHooks(tx, { workspaceId: target.workspaceId, accountId: target.accountId, pendingId: pending.id, postedId: settled.id });
    const edits = carriedEdits(pending, settled);
    await sql.execute(
      `UPDATE "Transaction" SET "replacedPendingBankId" = ?, ${userOwnedTransactionColumns.map((column) => `"${column}" = ?`).join(', ')} WHERE "id" = ?`,
      [pending.bankTransactionId, ...userOwnedTransactionColumns.map((column) => edits[column]), settled.id],
    );
    if (settled.createdAt >= target.runStartedAt) linkedAddedThisRun++;
  }
  const ids = vanished.map((row) => row.id);
  await sql.execute(`DELETE FROM "Transaction" WHERE "id" IN ${placeholders(ids.length)}`, ids);
  return { linked: matches.length, linkedAddedThisRun, removed: vanished.length - matches.length };
}

async function countAndRemoveMissingPosted(sql: SqlRunner, target: ReconcileTarget): Promise<number> {
  const params: unknown[] = [target.accountId, target.passId, parseIsoDay(target.end)];
  let from = '';
  if (!target.fullHistory) {
    from = ' AND "bookedOn" >= ?';
    params.push(parseIsoDay(addIsoDays(target.start, postedMarginDays)));
  }
  await sql.execute(
    `UPDATE "Transaction" SET "missingCount" = "missingCount" + 1
     WHERE "accountId" = ? AND "status" = 'posted' AND "origin" = 'bank' AND ("lastSeenPassId" IS NULL OR "lastSeenPassId" <> ?) AND "bookedOn" <= ?${from}`,
    params,
  );
  // Rows imported from a file are never at the bank's feed: only bank rows can go missing.
  return sql.execute(`DELETE FROM "Transaction" WHERE "accountId" = ? AND "status" = 'posted' AND "origin" = 'bank' AND "missingCount" >= 2`, [target.accountId]);
}

export async function reconcilePass(sql: SqlRunner, tx: Tx, target: ReconcileTarget): Promise<ReconcileResult> {
  const pending = await linkAndRemovePending(sql, tx, target);
  const removedPosted = await countAndRemoveMissingPosted(sql, target);
  return { linked: pending.linked, linkedAddedThisRun: pending.linkedAddedThisRun, removed: pending.removed + removedPosted };
}
