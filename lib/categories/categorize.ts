import { daysToMs } from '@/lib/dates';
import type { Db } from '@/lib/db';
import { idChunks } from '@/lib/budgeting/id-chunks';
import { categoryKeyFromBank } from './bank-mapping';
import { ensureDefaultCategories } from './ensure-categories';
import { looksLikeTransfer, matchTransferPairs } from './transfer-match';

// The bank-data pass over newly synced rows: recognise transfers between the user's own
// accounts, then give every row nobody has categorised a first category from the bank's data.
// Rows the user categorised (categorySource = 'user') are never changed.

// A transfer's two sides post within a few days of each other: look this far around each new row.
const PAIR_WINDOW_DAYS = 5;

/**
 * The date ranges around a batch's rows, merged where they touch. One range from the oldest to the
 * newest row would be wrong for a batch that spans two accounts (ten years apart on a first sync)
 * and would read the whole history of deposits.
 */
async function bookedOnWindows(db: Db, userId: string, ids: string[]): Promise<{ from: Date; to: Date }[]> {
  const days = new Set<number>();
  for (const part of idChunks(ids)) {
    for (const row of await db.transaction.findMany({ where: { userId, id: { in: part } }, select: { bookedOn: true } })) days.add(row.bookedOn.getTime());
  }
  const windows: { from: Date; to: Date }[] = [];
  for (const day of [...days].sort((a, b) => a - b)) {
    const last = windows.at(-1);
    const from = day - daysToMs(PAIR_WINDOW_DAYS);
    const to = day + daysToMs(PAIR_WINDOW_DAYS);
    if (last && from <= last.to.getTime()) last.to = new Date(to);
    else windows.push({ from: new Date(from), to: new Date(to) });
  }
  return windows;
}

/** Marks own-account transfer pairs among posted rows around the given transactions' dates. */
export async function detectTransfers(db: Db, userId: string, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = [];
  for (const window of await bookedOnWindows(db, userId, ids)) {
    rows.push(
      ...(await db.transaction.findMany({
        where: {
          userId,
          status: 'posted',
          bookedOn: { gte: window.from, lte: window.to },
          OR: [{ bankTransactionType: { in: ['TRANSFER', 'PAYMENT', 'WITHDRAWAL', 'DEPOSIT'] } }, { bankCategory: { in: ['Transfer', 'Credit Card Payment', 'Payment'] } }],
        },
        select: { id: true, accountId: true, amountMinor: true, bookedOn: true, bankTransactionType: true, bankCategory: true, isTransfer: true, categorySource: true },
      })),
    );
  }
  const byId = new Map(rows.map((row) => [row.id, row]));
  const candidates = rows.filter((row) => looksLikeTransfer(row.bankTransactionType, row.bankCategory) && row.categorySource !== 'user');
  const pairs = matchTransferPairs(candidates);
  const newlyPaired = pairs.flat().filter((id) => !byId.get(id)?.isTransfer);
  if (newlyPaired.length === 0) return 0;
  const categories = await ensureDefaultCategories(db, userId);
  const own = categories.find((c) => c.key === 'transfers.own')?.id ?? null;
  const cardPayment = categories.find((c) => c.key === 'transfers.card_payment')?.id ?? null;
  const accounts = await db.bankAccount.findMany({ where: { userId }, select: { id: true, accountType: true } });
  const cardAccounts = new Set(accounts.filter((a) => a.accountType === 'CREDITCARD').map((a) => a.id));
  await db.$transaction(async (tx) => {
    for (const pair of pairs) {
      const isCardPayment = pair.some((id) => cardAccounts.has(byId.get(id)!.accountId));
      await tx.transaction.updateMany({
        where: { userId, id: { in: pair }, isTransfer: false },
        data: { isTransfer: true, categoryId: isCardPayment ? cardPayment : own, categorySource: 'bank' },
      });
    }
  });
  return newlyPaired.length;
}

/** First categories from bank data for rows that have none yet. */
export async function categorizeFromBank(db: Db, userId: string, ids: string[]): Promise<number> {
  const categories = await ensureDefaultCategories(db, userId);
  const idByKey = new Map(categories.filter((c) => c.key).map((c) => [c.key!, c.id]));
  const accounts = new Map((await db.bankAccount.findMany({ where: { userId }, select: { id: true, accountType: true } })).map((a) => [a.id, a.accountType]));
  let updated = 0;
  for (const part of idChunks(ids)) {
    const rows = await db.transaction.findMany({
      where: { userId, id: { in: part }, categoryId: null, categorySource: null },
      select: { id: true, accountId: true, amountMinor: true, bankCategory: true, bankTransactionType: true, bankMerchantName: true },
    });
    const idsByCategory = new Map<string, string[]>();
    for (const row of rows) {
      const key = categoryKeyFromBank({
        amountMinor: row.amountMinor,
        bankCategory: row.bankCategory,
        bankTransactionType: row.bankTransactionType,
        merchant: row.bankMerchantName,
        accountType: accounts.get(row.accountId) ?? 'UNKNOWN',
      });
      const categoryId = key ? idByKey.get(key) : undefined;
      if (!categoryId) continue;
      idsByCategory.set(categoryId, [...(idsByCategory.get(categoryId) ?? []), row.id]);
    }
    for (const [categoryId, group] of idsByCategory) {
      for (const part of idChunks(group)) {
        updated += (await db.transaction.updateMany({ where: { userId, id: { in: part }, categoryId: null, categorySource: null }, data: { categoryId, categorySource: 'bank' } })).count;
      }
    }
  }
  return updated;
}
