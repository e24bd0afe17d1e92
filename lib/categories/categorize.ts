import type { Db } from '@/lib/db';
import { idChunks } from '@/lib/budgeting/id-chunks';
import type { FirstCategoryChooser } from '@/lib/sync/processors';
import { inJsonIds, jsonIdsTable, providerOf, rawBigInt, rawDate, sameUserNoIndex, sqlRunner, type SqlRunner } from '@/lib/sync/sql';
import { categoryKeyFromBank } from './bank-mapping';
import { ensureDefaultCategories } from './ensure-categories';
import { looksLikeTransferSql, matchTransferPairs, MAX_DAYS_APART, type TransferCandidate } from './transfer-match';

// The bank-data pass over newly synced rows: recognise transfers between the user's own
// accounts, then give every row nobody has categorised a first category from the bank's data.
// Rows the user categorised (categorySource = 'user') are never changed.
//
// Both steps are set-based and bounded by the batch, whatever the history holds: the database
// finds each new row's possible partners (equal and opposite, another account, within the pairing
// window) through the (accountId, bookedOn) index, and writes categories with one UPDATE per
// category over a JSON list of ids. Nothing reads "every row around these dates": that read was 420,375
// rows for one batch of a sparse card account spanning years next to a busy checking account.

// Ids per statement: a sync hands over up to 2,000 at once, bound as one JSON parameter.
const CHUNK = 2_000;
// Each new row considers at most this many partner candidates (the closest first); equal amounts
// on the same days are rare, and a bound keeps a pathological history from growing the read.
const PARTNERS_PER_ROW = 4;

const unlockedByUser = (alias: string) => `(${alias}."categorySource" IS NULL OR ${alias}."categorySource" <> 'user')`;

function pairCandidatesSql(provider: SqlRunner['provider']): string {
  const pg = provider === 'postgresql';
  const from = pg ? `a."bookedOn" - INTERVAL '${MAX_DAYS_APART} days'` : `strftime('%Y-%m-%dT%H:%M:%f+00:00', a."bookedOn", '-${MAX_DAYS_APART} days')`;
  const to = pg ? `a."bookedOn" + INTERVAL '${MAX_DAYS_APART} days'` : `strftime('%Y-%m-%dT%H:%M:%f+00:00', a."bookedOn", '+${MAX_DAYS_APART} days')`;
  const gap = pg ? `ABS(EXTRACT(EPOCH FROM (b."bookedOn" - a."bookedOn")))` : `ABS(julianday(b."bookedOn") - julianday(a."bookedOn"))`;
  return `SELECT x."aId", x."aAccount", x."aAmount", x."aDay", x."bId", x."bAccount", x."bAmount", x."bDay" FROM (
      SELECT a."id" AS "aId", a."accountId" AS "aAccount", a."amountMinor" AS "aAmount", a."bookedOn" AS "aDay",
             b."id" AS "bId", b."accountId" AS "bAccount", b."amountMinor" AS "bAmount", b."bookedOn" AS "bDay",
             ROW_NUMBER() OVER (PARTITION BY a."id" ORDER BY ${gap}, b."id") AS "rank"
      FROM ${jsonIdsTable('j', provider)} CROSS JOIN "Transaction" a
      JOIN "BankAccount" other ON other."workspaceId" = a."workspaceId" AND other."id" <> a."accountId"
      JOIN "Transaction" b ON b."accountId" = other."id" AND b."bookedOn" >= ${from} AND b."bookedOn" <= ${to} AND b."amountMinor" = -a."amountMinor"
      WHERE a."id" = j."value" AND a."workspaceId" = ?
        AND a."status" = 'posted' AND a."isTransfer" = false AND ${unlockedByUser('a')} AND ${looksLikeTransferSql('a')}
        AND b."workspaceId" = a."workspaceId" AND b."status" = 'posted' AND b."isTransfer" = false AND ${unlockedByUser('b')} AND ${looksLikeTransferSql('b')}
    ) x WHERE x."rank" <= ${PARTNERS_PER_ROW}`;
}

type Edge = { aId: string; aAccount: string; aAmount: unknown; aDay: unknown; bId: string; bAccount: string; bAmount: unknown; bDay: unknown };


/** The rows that could pair with `ids`, and those partners: a set bounded by the batch. */
async function pairCandidates(sql: SqlRunner, workspaceId: string, ids: string[]): Promise<TransferCandidate[]> {
  const edges = await sql.query<Edge>(pairCandidatesSql(sql.provider), [JSON.stringify(ids), workspaceId]);
  const candidates = new Map<string, TransferCandidate>();
  for (const edge of edges) {
    candidates.set(edge.aId, { id: edge.aId, accountId: edge.aAccount, amountMinor: rawBigInt(edge.aAmount), bookedOn: rawDate(edge.aDay) });
    candidates.set(edge.bId, { id: edge.bId, accountId: edge.bAccount, amountMinor: rawBigInt(edge.bAmount), bookedOn: rawDate(edge.bDay) });
  }
  return [...candidates.values()];
}

/** Marks own-account transfer pairs between the given (posted) transactions and the user's other rows. */
export async function detectTransfers(db: Db, workspaceId: string, ids: string[]): Promise<number> {
  const provider = providerOf(db);
  let marked = 0;
  for (const part of idChunks(ids, CHUNK)) {
    const candidates = await pairCandidates(sqlRunner(db, provider), workspaceId, part);
    // One-to-one and closest dates first, as before; rows already paired are not candidates.
    const pairs = matchTransferPairs(candidates);
    if (pairs.length === 0) continue;
    const categories = await ensureDefaultCategories(db, workspaceId);
    const own = categories.find((c) => c.key === 'transfers.own')?.id ?? null;
    const cardPayment = categories.find((c) => c.key === 'transfers.card_payment')?.id ?? null;
    const accounts = await db.bankAccount.findMany({ where: { workspaceId }, select: { id: true, accountType: true } });
    const cardAccounts = new Set(accounts.filter((a) => a.accountType === 'CREDITCARD').map((a) => a.id));
    const accountOf = new Map(candidates.map((c) => [c.id, c.accountId]));
    const ownIds: string[] = [];
    const cardIds: string[] = [];
    for (const pair of pairs) {
      const target = pair.some((id) => cardAccounts.has(accountOf.get(id)!)) ? cardIds : ownIds;
      target.push(pair[0], pair[1]);
    }
    marked += await db.$transaction(async (tx) => {
      const sql = sqlRunner(tx, provider);
      let changed = 0;
      for (const [categoryId, group] of [[own, ownIds], [cardPayment, cardIds]] as const) {
        if (group.length === 0) continue;
        changed += await sql.execute(
          `UPDATE "Transaction" SET "isTransfer" = true, "categoryId" = ?, "categorySource" = 'bank'
           WHERE ${inJsonIds('"id"', provider)} AND ${sameUserNoIndex('"workspaceId"', provider)} AND "isTransfer" = false AND ${unlockedByUser('"Transaction"')}`,
          [categoryId, JSON.stringify(group), workspaceId],
        );
      }
      return changed;
    });
  }
  return marked;
}

/**
 * The first-category chooser for one account's new rows (registered with the sync engine in
 * lib/budgeting/sync-processors.ts): the same decision as categorizeFromBank, made while the page
 * is written, so most rows never need the read-back and update below.
 */
export async function bankCategoryChooser(db: Db, account: { workspaceId: string; accountId: string }): Promise<FirstCategoryChooser> {
  const categories = await ensureDefaultCategories(db, account.workspaceId);
  const idByKey = new Map(categories.filter((c) => c.key).map((c) => [c.key!, c.id]));
  const found = await db.bankAccount.findFirst({ where: { id: account.accountId, workspaceId: account.workspaceId }, select: { accountType: true } });
  const accountType = found?.accountType ?? 'UNKNOWN';
  return (row) => {
    const key = categoryKeyFromBank({ amountMinor: row.amountMinor, bankCategory: row.bankCategory, bankTransactionType: row.bankTransactionType, merchant: row.bankMerchantName, accountType });
    return (key && idByKey.get(key)) ?? null;
  };
}

type BankRow = { id: string; amountMinor: unknown; bankCategory: string | null; bankTransactionType: string | null; bankMerchantName: string | null; accountType: string };

/** First categories from bank data for rows that have none yet: one read per chunk, one UPDATE per category. */
export async function categorizeFromBank(db: Db, workspaceId: string, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const provider = providerOf(db);
  const sql = sqlRunner(db, provider);
  const categories = await ensureDefaultCategories(db, workspaceId);
  const idByKey = new Map(categories.filter((c) => c.key).map((c) => [c.key!, c.id]));
  let updated = 0;
  for (const part of idChunks(ids, CHUNK)) {
    const rows = await sql.query<BankRow>(
      `SELECT t."id", t."amountMinor", t."bankCategory", t."bankTransactionType", t."bankMerchantName", a."accountType"
       FROM ${jsonIdsTable('j', provider)} CROSS JOIN "Transaction" t JOIN "BankAccount" a ON a."id" = t."accountId"
       WHERE t."id" = j."value" AND t."workspaceId" = ? AND t."categoryId" IS NULL AND t."categorySource" IS NULL`,
      [JSON.stringify(part), workspaceId],
    );
    const idsByCategory = new Map<string, string[]>();
    for (const row of rows) {
      const key = categoryKeyFromBank({
        amountMinor: rawBigInt(row.amountMinor),
        bankCategory: row.bankCategory,
        bankTransactionType: row.bankTransactionType,
        merchant: row.bankMerchantName,
        accountType: row.accountType ?? 'UNKNOWN',
      });
      const categoryId = key ? idByKey.get(key) : undefined;
      if (!categoryId) continue;
      const group = idsByCategory.get(categoryId);
      if (group) group.push(row.id);
      else idsByCategory.set(categoryId, [row.id]);
    }
    for (const [categoryId, group] of idsByCategory) {
      updated += await sql.execute(
        `UPDATE "Transaction" SET "categoryId" = ?, "categorySource" = 'bank'
         WHERE ${inJsonIds('"id"', provider)} AND ${sameUserNoIndex('"workspaceId"', provider)} AND "categoryId" IS NULL AND "categorySource" IS NULL`,
        [categoryId, JSON.stringify(group), workspaceId],
      );
    }
  }
  return updated;
}
