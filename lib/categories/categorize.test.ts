import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMarchLedger, type MarchLedger } from '@/lib/budgeting/test-helpers/march-ledger';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { categorizeFromBank, detectTransfers } from './categorize';

let t: TestDatabase;
let ledger: MarchLedger;

beforeAll(async () => {
  t = await createTestDatabase();
  ledger = await seedMarchLedger(t.db, { process: false });
  await detectTransfers(t.db, ledger.user.userId, ledger.ids);
  await categorizeFromBank(t.db, ledger.user.userId, ledger.ids);
});
afterAll(() => t.drop());

describe('the bank-data pass over new rows', () => {
  it('pairs own-account transfers and card payments, but not a payment to someone else', async () => {
    const rows = await t.db.transaction.findMany({ where: { userId: ledger.user.userId, isTransfer: true }, select: { description: true } });
    expect(rows.map((r) => r.description).sort()).toEqual(['AUTOMATIC PAYMENT - THANK YOU', 'Online Transfer from CHK', 'Online Transfer to SAV', 'Payment to Chase card']);
  });

  it('gives every row a first category from the bank', async () => {
    const rows = await t.db.transaction.findMany({ where: { userId: ledger.user.userId }, select: { categoryId: true, categorySource: true } });
    expect(rows).toHaveLength(ledger.ids.length);
    expect(rows.every((r) => r.categoryId && r.categorySource === 'bank')).toBe(true);
  });
});
