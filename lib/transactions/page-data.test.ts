import { describe, expect, it } from 'vitest';
import { setUpMarchLedger } from '@/lib/budgeting/test-helpers/march-ledger';
import { renameTag } from '@/lib/budgeting/tags';
import { createCategory } from '@/lib/categories/manage';
import { updateTransactionDetails } from './edit';
import { getPickerData } from './page-data';

const world = setUpMarchLedger();

describe('the transaction pickers', () => {
  it('are served from memory until a category or tag changes, then read afresh', async () => {
    const { db } = world;
    const { workspaceId } = world.ledger.user;
    const first = await getPickerData(db, workspaceId);
    expect(first.accounts.length).toBeGreaterThan(0);
    expect(first.categories.length).toBeGreaterThan(0);
    expect(await getPickerData(db, workspaceId)).toBe(first);

    await createCategory(db, workspaceId, { name: 'Boat fuel', parentId: null, kind: 'expense', color: null });
    const afterCategory = await getPickerData(db, workspaceId);
    expect(afterCategory).not.toBe(first);
    expect(afterCategory.categories.map((c) => c.name)).toContain('Boat fuel');

    // A tag is born in a transaction's edit, which bumps the version when it refreshes the month.
    const row = await db.transaction.findFirstOrThrow({ where: { workspaceId }, select: { id: true } });
    await updateTransactionDetails(db, workspaceId, row.id, { categoryId: null, merchantName: null, notes: null, tagNames: ['Harbour'] });
    const tags = (await getPickerData(db, workspaceId)).tags;
    expect(tags.map((t) => t.name)).toEqual(['Harbour']);
    await renameTag(db, workspaceId, tags[0]!.id, 'Marina');
    expect((await getPickerData(db, workspaceId)).tags.map((t) => t.name)).toEqual(['Marina']);
  });
});
