import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { insertTransactions, seedUser } from './test-helpers/seed';
import { deleteTag, listTagsWithCounts, mergeTag, renameTag } from './tags';

let t: TestDatabase;
let user: Awaited<ReturnType<typeof seedUser>>;
let otherWorkspaceId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  user = await seedUser(t.db);
  otherWorkspaceId = (await seedUser(t.db)).workspaceId;
});
afterAll(() => t.drop());

async function tag(workspaceId: string, name: string, transactionIds: string[]) {
  const row = await t.db.tag.create({ data: { workspaceId, name } });
  for (const transactionId of transactionIds) await t.db.transactionTag.create({ data: { workspaceId, tagId: row.id, transactionId } });
  return row.id;
}

describe('tags', () => {
  it('merges: every transaction keeps one link to the surviving tag, rules follow, no transaction is lost', async () => {
    const ids = await insertTransactions(t.db, user.workspaceId, ['A', 'B', 'C'].map((d) => ({ accountId: user.card, amountMinor: -100n, day: '2026-03-01', description: d })));
    const holiday = await tag(user.workspaceId, 'holiday', [ids[0]!, ids[1]!]);
    const trip = await tag(user.workspaceId, 'trip', [ids[1]!, ids[2]!]);
    const rule = await t.db.categoryRule.create({ data: { workspaceId: user.workspaceId, descriptionContains: 'hotel', addTagId: holiday } });

    expect(await mergeTag(t.db, user.workspaceId, holiday, trip)).toBe(1);

    expect(await t.db.tag.findUnique({ where: { id: holiday } })).toBeNull();
    const links = await t.db.transactionTag.findMany({ where: { tagId: trip }, orderBy: { transactionId: 'asc' } });
    expect(links.map((l) => l.transactionId).sort()).toEqual([...ids].sort());
    expect((await t.db.categoryRule.findUnique({ where: { id: rule.id } }))!.addTagId).toBe(trip);
    expect(await t.db.transaction.count({ where: { id: { in: ids } } })).toBe(3);
    expect(await listTagsWithCounts(t.db, user.workspaceId)).toEqual([{ id: trip, name: 'trip', transactionCount: 3 }]);
  });

  it('renames, refusing a name another tag has in any case', async () => {
    const a = await tag(user.workspaceId, 'work', []);
    await renameTag(t.db, user.workspaceId, a, 'Work travel');
    expect((await t.db.tag.findUnique({ where: { id: a } }))!.name).toBe('Work travel');
    await expect(renameTag(t.db, user.workspaceId, a, 'TRIP')).rejects.toThrow('You already have a tag named “TRIP”. Merge the two instead.');
    await renameTag(t.db, user.workspaceId, a, 'work travel');
  });

  it('deletes a tag from transactions without deleting the transactions, unless a rule adds it', async () => {
    const [txId] = await insertTransactions(t.db, user.workspaceId, [{ accountId: user.card, amountMinor: -100n, day: '2026-03-01', description: 'GIFT SHOP' }]);
    const gift = await tag(user.workspaceId, 'gift', [txId!]);
    const rule = await t.db.categoryRule.create({ data: { workspaceId: user.workspaceId, descriptionContains: 'gift', addTagId: gift } });
    await expect(deleteTag(t.db, user.workspaceId, gift)).rejects.toThrow('A rule adds “gift”. Change or delete that rule first.');
    await t.db.categoryRule.delete({ where: { id: rule.id } });
    await deleteTag(t.db, user.workspaceId, gift);
    expect(await t.db.tag.findUnique({ where: { id: gift } })).toBeNull();
    expect(await t.db.transactionTag.count({ where: { transactionId: txId! } })).toBe(0);
    expect(await t.db.transaction.findUnique({ where: { id: txId! } })).not.toBeNull();
  });

  it('treats another user’s tags as not found and refuses merging a tag into itself', async () => {
    const mine = await tag(user.workspaceId, 'mine', []);
    const theirs = await tag(otherWorkspaceId, 'theirs', []);
    await expect(mergeTag(t.db, user.workspaceId, mine, theirs)).rejects.toThrow('That tag was not found.');
    await expect(mergeTag(t.db, user.workspaceId, theirs, mine)).rejects.toThrow('That tag was not found.');
    await expect(renameTag(t.db, user.workspaceId, theirs, 'x')).rejects.toThrow('not found');
    await expect(deleteTag(t.db, user.workspaceId, theirs)).rejects.toThrow('not found');
    await expect(mergeTag(t.db, user.workspaceId, mine, mine)).rejects.toThrow('Choose a different tag to merge into.');
    expect(await t.db.tag.count({ where: { id: { in: [mine, theirs] } } })).toBe(2);
  });
});
