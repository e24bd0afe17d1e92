import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseProvider, type TestDatabase } from '@/lib/db/test-database';
import { createDb } from '@/lib/db';
import { insertTransactions, seedUser } from './test-helpers/seed';
import { refreshRollups } from './rollups';

// The web process (an import, an undo) and the sync worker may rebuild one user's month at the same
// moment, each through its own connection pool. Every rebuild must succeed and leave one exact copy.
// PostgreSQL only: SQLite lets one writer in at a time, and two clients in one test process cannot
// stand for two processes there (better-sqlite3 waits for the lock synchronously, holding the loop).

let t: TestDatabase;
let user: Awaited<ReturnType<typeof seedUser>>;

beforeAll(async () => {
  t = await createTestDatabase();
  user = await seedUser(t.db);
  await insertTransactions(t.db, user.workspaceId, [
    { accountId: user.card, amountMinor: -1_250n, day: '2026-03-03', description: 'BEAN BAR' },
    { accountId: user.card, amountMinor: -4_999n, day: '2026-03-09', description: 'GROCER' },
    { accountId: user.checking, amountMinor: 250_000n, day: '2026-03-15', description: 'PAYROLL' },
  ]);
});
afterAll(() => t.drop());

it.runIf(testDatabaseProvider() === 'postgresql')('two processes rebuilding the same month at once both succeed and leave the month counted once', async () => {
  const other = createDb(t.url); // a second pool, as the worker has
  try {
    const rebuilds = Array.from({ length: 12 }, (_, i) => refreshRollups(i % 2 ? other : t.db, user.workspaceId, ['2026-03']));
    const results = await Promise.allSettled(rebuilds);
    expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
  } finally {
    await other.$disconnect();
  }
  const totals = await t.db.monthlyRollup.aggregate({ where: { workspaceId: user.workspaceId, month: '2026-03' }, _sum: { inflowMinor: true, outflowMinor: true, outCount: true } });
  expect(totals._sum).toEqual({ inflowMinor: 250_000n, outflowMinor: 6_249n, outCount: 2 });
});
