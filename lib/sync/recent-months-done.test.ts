import { afterAll, beforeAll, expect, it } from 'vitest';
import { insertTransactions, seedUser } from '@/lib/budgeting/test-helpers/seed';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { doneByRecentMonthsHooks } from './recent-months-done';

// Which rows of a batch a first sync's recent-months hook already did: only those in its accounts
// and months that nothing wrote, changed or settled after the hook's mark.

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

it('counts a row as done only if the hook saw it and nothing moved it since', async () => {
  const user = await seedUser(t.db);
  const before = new Date('2026-11-20T12:00:00.000Z');
  const earlier = new Date(before.getTime() - 1);
  const names = ['done', 'insertedAfter', 'changedAfter', 'settledAfter', 'olderMonth', 'otherAccount', 'atTheMark'] as const;
  const ids = await insertTransactions(t.db, user.workspaceId, names.map((name) => ({
    accountId: name === 'otherAccount' ? user.card : user.checking,
    amountMinor: -1_000n,
    day: name === 'olderMonth' ? '2026-09-30' : '2026-10-15',
    description: name,
  })));
  const id = Object.fromEntries(names.map((name, i) => [name, ids[i]!])) as Record<(typeof names)[number], string>;
  await t.db.transaction.updateMany({ where: { id: { in: ids } }, data: { createdAt: earlier, updatedAt: earlier } });
  await t.db.transaction.update({ where: { id: id.insertedAfter }, data: { createdAt: new Date(before.getTime() + 5), updatedAt: new Date(before.getTime() + 5) } });
  await t.db.transaction.update({ where: { id: id.changedAfter }, data: { updatedAt: new Date(before.getTime() + 5) } });
  await t.db.transaction.update({ where: { id: id.settledAfter }, data: { replacedPendingBankId: 'p1' } });
  await t.db.transaction.update({ where: { id: id.atTheMark }, data: { createdAt: before, updatedAt: before } });

  const recentDone = { processors: ['budgeting'], accountIds: [user.checking, user.savings], start: '2026-10-01', before };
  const batch = await t.db.transaction.findMany({ where: { id: { in: ids } }, select: { id: true, createdAt: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  const done = await doneByRecentMonthsHooks(t.db, user.workspaceId, recentDone, batch);
  expect(done?.processors).toEqual(['budgeting']);
  expect([...done!.ids]).toEqual([id.done]);

  // No hook that did a processor's work, or a batch that starts after the mark: nothing to look up.
  expect(await doneByRecentMonthsHooks(t.db, user.workspaceId, { ...recentDone, processors: [] }, batch)).toBeUndefined();
  expect(await doneByRecentMonthsHooks(t.db, user.workspaceId, null, batch)).toBeUndefined();
  expect(await doneByRecentMonthsHooks(t.db, user.workspaceId, recentDone, batch.filter((row) => row.createdAt >= before))).toBeUndefined();
});
