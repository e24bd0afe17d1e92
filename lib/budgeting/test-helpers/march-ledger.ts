import { afterAll, beforeAll } from 'vitest';
import type { Db } from '@/lib/db';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { processNewTransactions } from '../process-new-transactions';
import { insertTransactions, seedUser } from './seed';

type SeededUser = Awaited<ReturnType<typeof seedUser>>;
export type MarchLedger = { user: SeededUser; other: SeededUser; ids: string[] };

/** Index of each row in `ids`, so tests name the row they mean. */
export const row = { payroll: 0, toSavings: 1, fromChecking: 2, zelle: 3, wholeFoods: 4, netflix: 5, pendingCoffee: 6, cardPaymentOut: 7, cardPaymentIn: 8, amazonRefund: 9 } as const;

/**
 * One household's March 2026 (and an April refund) across checking, savings and a card: pay, an
 * own-account transfer and a card payment (both sides), a payment to someone else, purchases and a
 * pending charge. A second user with no rows checks ownership. `process: false` leaves the rows as
 * the sync inserted them, before transfers, categories and rollups.
 */
export async function seedMarchLedger(db: Db, { process = true } = {}): Promise<MarchLedger> {
  const user = await seedUser(db);
  const other = await seedUser(db);
  const ids = await insertTransactions(db, user.workspaceId, [
    { accountId: user.checking, amountMinor: 318_422n, day: '2026-03-01', description: 'ACME PAYROLL', bankCategory: 'Payroll', bankTransactionType: 'DIRECTDEPOSIT', bankMerchantName: 'Acme' },
    { accountId: user.checking, amountMinor: -50_000n, day: '2026-03-02', description: 'Online Transfer to SAV', bankCategory: 'Transfer', bankTransactionType: 'TRANSFER' },
    { accountId: user.savings, amountMinor: 50_000n, day: '2026-03-02', description: 'Online Transfer from CHK', bankCategory: 'Transfer', bankTransactionType: 'TRANSFER' },
    { accountId: user.checking, amountMinor: -7_500n, day: '2026-03-04', description: 'Zelle payment to Maria', bankCategory: 'Transfer', bankTransactionType: 'TRANSFER' },
    { accountId: user.card, amountMinor: -8_412n, day: '2026-03-05', description: 'WHOLEFDS LPK 10234', bankCategory: '5411', bankMerchantName: 'Whole Foods Market' },
    { accountId: user.card, amountMinor: -1_799n, day: '2026-03-21', description: 'NETFLIX.COM LOS GATOS CA', bankCategory: '4899', bankMerchantName: 'Netflix' },
    { accountId: user.card, amountMinor: -2_000n, day: '2026-03-30', description: 'PENDING COFFEE', bankCategory: '5814', status: 'pending' },
    { accountId: user.checking, amountMinor: -10_211n, day: '2026-03-25', description: 'Payment to Chase card', bankCategory: 'Credit Card Payment', bankTransactionType: 'TRANSFER' },
    { accountId: user.card, amountMinor: 10_211n, day: '2026-03-25', description: 'AUTOMATIC PAYMENT - THANK YOU', bankCategory: 'Payment', bankTransactionType: 'PAYMENT' },
    { accountId: user.card, amountMinor: 1_000n, day: '2026-04-02', description: 'AMAZON REFUND', bankCategory: '5942', bankMerchantName: 'Amazon' },
  ]);
  if (process) await processNewTransactions(db, user.workspaceId, ids);
  return { user, other, ids };
}

async function categoryIdsByKey(db: Db, workspaceId: string): Promise<Map<string, string>> {
  const categories = await db.category.findMany({ where: { workspaceId }, select: { id: true, key: true } });
  return new Map(categories.flatMap((c) => (c.key ? [[c.key, c.id] as const] : [])));
}

/** A test file's own database with the March ledger in it, made before its tests and dropped after. */
export function setUpMarchLedger(options: { process?: boolean } = {}) {
  let t: TestDatabase | undefined;
  let ledger: MarchLedger | undefined;
  let categories = new Map<string, string>();
  beforeAll(async () => {
    t = await createTestDatabase();
    ledger = await seedMarchLedger(t.db, options);
    categories = await categoryIdsByKey(t.db, ledger.user.workspaceId);
  });
  afterAll(() => t?.drop());
  return {
    get db(): Db {
      return t!.db;
    },
    get ledger(): MarchLedger {
      return ledger!;
    },
    /** The id of one of the ledger's rows, by name. */
    rowId(name: keyof typeof row): string {
      return ledger!.ids[row[name]]!;
    },
    /** The user's category id for a default category key, e.g. `food.groceries`. */
    category(key: string): string {
      const id = categories.get(key);
      if (!id) throw new Error(`no category ${key} for the ledger's user`);
      return id;
    },
  };
}
