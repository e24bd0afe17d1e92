import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { seedUser } from '@/lib/budgeting/test-helpers/seed';
import { createCategorySchema, updateCategorySchema } from './category-schema';
import { defaultCategories } from './default-categories';
import { ensureDefaultCategories, listCategoryRows } from './ensure-categories';
import { createCategory, setCategoryHidden, updateCategory } from './manage';

let t: TestDatabase;
let workspaceId: string;
let otherWorkspaceId: string;
let foodId: string;
let travelId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  workspaceId = (await seedUser(t.db)).workspaceId;
  otherWorkspaceId = (await seedUser(t.db)).workspaceId;
  const rows = await ensureDefaultCategories(t.db, workspaceId);
  await ensureDefaultCategories(t.db, otherWorkspaceId);
  foodId = rows.find((row) => row.key === 'food')!.id;
  travelId = rows.find((row) => row.key === 'travel')!.id;
});
afterAll(() => t.drop());

const create = (input: Record<string, string>) => createCategory(t.db, workspaceId, createCategorySchema.parse(input));

describe('category names', () => {
  it('gives every default category a distinct name, so the defaults satisfy the unique index', () => {
    const names = defaultCategories.flatMap((group) => [group.name, ...(group.children ?? []).map((c) => c.name)]).map((n) => n.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('refuses a duplicate whatever its case or spacing, and leaves the first one alone', async () => {
    const id = await create({ name: 'Pet food', parentId: foodId });
    await expect(create({ name: '  pet   FOOD ', parentId: travelId })).rejects.toThrow('You already have a category named “pet FOOD”.');
    const rows = await listCategoryRows(t.db, workspaceId);
    expect(rows.filter((row) => row.name.toLowerCase() === 'pet food')).toEqual([expect.objectContaining({ id, parentId: foodId, kind: 'expense' })]);
  });

  it('lets two users have the same name', async () => {
    await createCategory(t.db, otherWorkspaceId, createCategorySchema.parse({ name: 'Pet food' }));
  });

  it('refuses empty and too long names with a clear message', () => {
    expect(createCategorySchema.safeParse({ name: '   ' }).error?.issues[0]?.message).toBe('Give the category a name.');
    expect(createCategorySchema.safeParse({ name: 'x'.repeat(41) }).error?.issues[0]?.message).toBe('Keep the category name to 40 characters or fewer.');
    expect(createCategorySchema.safeParse({ name: 'Ok', color: 'chartreuse' }).error?.issues[0]?.message).toBe('Choose a colour from the list.');
  });

  it('renames (rules and budgets point at the id, so they follow) and refuses a rename onto another name', async () => {
    const id = await create({ name: 'Vet', parentId: foodId });
    const rule = await t.db.categoryRule.create({ data: { workspaceId, descriptionContains: 'vet', setCategoryId: id } });
    await updateCategory(t.db, workspaceId, updateCategorySchema.parse({ id, name: 'Vet bills', parentId: foodId, color: 'teal' }));
    expect(await t.db.category.findUnique({ where: { id }, select: { name: true, color: true } })).toEqual({ name: 'Vet bills', color: 'teal' });
    expect((await t.db.categoryRule.findUnique({ where: { id: rule.id } }))!.setCategoryId).toBe(id);
    await expect(updateCategory(t.db, workspaceId, updateCategorySchema.parse({ id, name: 'GROCERIES', parentId: foodId }))).rejects.toThrow('already have a category named');
    // Changing only the case of its own name is allowed.
    await updateCategory(t.db, workspaceId, updateCategorySchema.parse({ id, name: 'VET BILLS', parentId: foodId }));
  });

  it('moves a category to another group of the same kind only', async () => {
    const id = await create({ name: 'Souvenirs', parentId: foodId });
    await updateCategory(t.db, workspaceId, updateCategorySchema.parse({ id, name: 'Souvenirs', parentId: travelId }));
    expect((await t.db.category.findUnique({ where: { id } }))!.parentId).toBe(travelId);
    const incomeId = (await listCategoryRows(t.db, workspaceId)).find((row) => row.key === 'income')!.id;
    await expect(updateCategory(t.db, workspaceId, updateCategorySchema.parse({ id, name: 'Souvenirs', parentId: incomeId }))).rejects.toThrow('same kind');
  });

  it('treats another user’s ids as not found', async () => {
    const theirs = (await listCategoryRows(t.db, otherWorkspaceId))[0]!.id;
    await expect(updateCategory(t.db, workspaceId, updateCategorySchema.parse({ id: theirs, name: 'Mine now' }))).rejects.toThrow('That category was not found.');
    await expect(setCategoryHidden(t.db, workspaceId, theirs, true)).rejects.toThrow('not found');
    await expect(create({ name: 'Sneaky', parentId: theirs })).rejects.toThrow('That group was not found.');
    expect((await t.db.category.findUnique({ where: { id: theirs } }))!.hidden).toBe(false);
  });

  it('hides and shows a category without touching its transactions', async () => {
    const id = await create({ name: 'Old hobby', parentId: foodId });
    await setCategoryHidden(t.db, workspaceId, id, true);
    expect((await listCategoryRows(t.db, workspaceId)).find((row) => row.id === id)!.hidden).toBe(true);
    await setCategoryHidden(t.db, workspaceId, id, false);
    expect((await listCategoryRows(t.db, workspaceId)).find((row) => row.id === id)!.hidden).toBe(false);
  });
});
