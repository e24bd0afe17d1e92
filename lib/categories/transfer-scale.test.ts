import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { insertTransactions, seedUser } from '@/lib/budgeting/test-helpers/seed';
import { detectTransfers } from './categorize';

// The shape that broke a first sync at a million rows: a sparse card account whose batch of new
// rows spans years, next to a dense checking account with hundreds of deposits a day. Looking for
// transfer partners must cost the rows that could pair, not every deposit in those years.

const DENSE_ROWS = 200_000; // a one-shot read of these overflowed the call stack (rows.push(...rows))
const DENSE_DAYS = 1_100;

let t: TestDatabase;
let user: Awaited<ReturnType<typeof seedUser>>;

// Deposits (customer sales, not transfer-like) written by SQL: a few seconds on either engine.
async function insertDenseDeposits(db: TestDatabase['db'], workspaceId: string, accountId: string): Promise<void> {
  const bookedOn =
    t.provider === 'postgresql'
      ? `TIMESTAMP '2023-01-01' + ((n.i % ${DENSE_DAYS}) * INTERVAL '1 day')`
      : `strftime('%Y-%m-%dT00:00:00.000+00:00', '2023-01-01', '+' || (n.i % ${DENSE_DAYS}) || ' days')`;
  await db.$executeRawUnsafe(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${DENSE_ROWS})
     INSERT INTO "Transaction" ("id", "workspaceId", "accountId", "bankTransactionId", "status", "amountMinor", "bookedOn", "description", "bankCategory", "bankTransactionType")
     SELECT 'dense' || n.i, '${workspaceId}', '${accountId}', 'dense' || n.i, 'posted', 450 + (n.i % 3000), ${bookedOn}, 'SQUARE SALE', 'Sales', 'DEPOSIT' FROM n`,
  );
}

beforeAll(async () => {
  t = await createTestDatabase();
  user = await seedUser(t.db);
  await insertDenseDeposits(t.db, user.workspaceId, user.checking);
}, 120_000);
afterAll(() => t?.drop());

describe('transfer detection at scale', () => {
  it('pairs a sparse account spanning years against a dense one without reading the dense history', async () => {
    // Card purchases every ten days for three years, each also a deposit-sized amount on checking.
    const card = Array.from({ length: 110 }, (_, i) => ({
      accountId: user.card,
      amountMinor: -BigInt(450 + (i % 3000)),
      day: new Date(Date.UTC(2023, 0, 1 + i * 10)).toISOString().slice(0, 10),
      description: `SHOP ${i}`,
      bankCategory: '5411',
    }));
    const [out, inflow, ...rest] = await insertTransactions(t.db, user.workspaceId, [
      { accountId: user.checking, amountMinor: -123_456n, day: '2024-06-10', description: 'Payment to card', bankCategory: 'Credit Card Payment', bankTransactionType: 'TRANSFER' },
      { accountId: user.card, amountMinor: 123_456n, day: '2024-06-12', description: 'PAYMENT - THANK YOU', bankCategory: 'Payment', bankTransactionType: 'PAYMENT' },
      // A second payment of the same amount a day later: each row pairs once (one-to-one).
      { accountId: user.card, amountMinor: 123_456n, day: '2024-06-13', description: 'PAYMENT - THANK YOU', bankCategory: 'Payment', bankTransactionType: 'PAYMENT' },
      ...card,
    ]);
    const ids = [out!, inflow!, ...rest];
    expect(await detectTransfers(t.db, user.workspaceId, ids)).toBe(2);
    const paired = await t.db.transaction.findMany({ where: { workspaceId: user.workspaceId, isTransfer: true }, select: { id: true } });
    expect(paired.map((row) => row.id).sort()).toEqual([out!, inflow!].sort());
    // Run again (a resumed sync hands the same rows over again): nothing changes.
    expect(await detectTransfers(t.db, user.workspaceId, ids)).toBe(0);
  }, 120_000);
});
