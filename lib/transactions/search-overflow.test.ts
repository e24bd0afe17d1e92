import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { insertTransactions, seedUser } from '@/lib/budgeting/test-helpers/seed';
import { parseTransactionFilters } from './filters';
import { listTransactions } from './list';

// A search box takes anything. A number too large for a 64-bit amount column must search text
// only, never reach the database as an amount (SQLite and PostgreSQL both refuse it with a 500).

let t: TestDatabase;
let user: Awaited<ReturnType<typeof seedUser>>;

beforeAll(async () => {
  t = await createTestDatabase();
  user = await seedUser(t.db);
  await insertTransactions(t.db, user.workspaceId, [
    { accountId: user.checking, amountMinor: -1_250n, day: '2026-03-01', description: 'COFFEE' },
    { accountId: user.checking, amountMinor: -500n, day: '2026-03-02', description: 'REF 99999999999999999999' },
  ]);
});
afterAll(() => t.drop());

describe('transaction search', () => {
  it('finds amounts by the number typed', async () => {
    const list = await listTransactions(t.db, user.workspaceId, parseTransactionFilters({ q: '12.50' }).filters);
    expect(list.items.map((item) => item.description)).toEqual(['COFFEE']);
  });

  it('searches text only when the number is too large to be an amount', async () => {
    for (const q of ['99999999999999999999', '-99999999999999999999', '92233720368547758.08']) {
      const list = await listTransactions(t.db, user.workspaceId, parseTransactionFilters({ q }).filters);
      // Search matches words, punctuation aside: "-9999…" finds the reference number too.
      expect(list.items.map((item) => item.description), q).toEqual(q.includes('99999999999999999999') ? ['REF 99999999999999999999'] : []);
    }
  });
});
