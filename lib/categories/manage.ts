import type { Db } from '@/lib/db';
import { bumpDataVersion } from '@/lib/page-cache/data-version';
import { BadInputError, ConflictError, NotFoundError } from '@/lib/errors';
import { nameKeyOf } from './category-name';
import type { CreateCategoryInput, UpdateCategoryInput } from './category-schema';

// Creating and editing a user's categories. Two levels: a group (no parent) holds categories;
// a category's kind follows its group's, so moving money between groups never turns spending
// into income. Rules, budgets and transactions point at ids, so a rename changes nothing else.

type Client = Pick<Db, 'category'>;

export async function findOwnCategory(db: Client, workspaceId: string, id: string) {
  const row = await db.category.findFirst({ where: { id, workspaceId }, select: { id: true, name: true, kind: true, parentId: true, key: true, hidden: true } });
  if (!row) throw new NotFoundError('That category');
  return row;
}

// The group a category goes in: the user's own, and a group (categories are two levels deep).
async function findGroup(db: Client, workspaceId: string, parentId: string) {
  const group = await db.category.findFirst({ where: { id: parentId, workspaceId }, select: { id: true, kind: true, parentId: true } });
  if (!group) throw new NotFoundError('That group');
  if (group.parentId) throw new BadInputError('Choose a group, not a category inside one.', { parentId: ['Choose a group, not a category inside one.'] });
  return group;
}

function duplicateName(name: string): ConflictError {
  return new ConflictError(`You already have a category named “${name}”.`);
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === 'P2002';
}

export async function createCategory(db: Db, workspaceId: string, input: CreateCategoryInput): Promise<string> {
  const group = input.parentId ? await findGroup(db, workspaceId, input.parentId) : null;
  const last = await db.category.findFirst({ where: { workspaceId, parentId: input.parentId }, orderBy: { sortOrder: 'desc' }, select: { sortOrder: true } });
  try {
    const row = await db.category.create({
      data: { workspaceId, name: input.name, nameKey: nameKeyOf(input.name), kind: group?.kind ?? input.kind, parentId: group?.id ?? null, color: input.color, sortOrder: (last?.sortOrder ?? -1) + 1 },
      select: { id: true },
    });
    await bumpDataVersion(db, workspaceId);
    return row.id;
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName(input.name);
    throw error;
  }
}

/** Rename, recolour and move to another group, in one write. */
export async function updateCategory(db: Db, workspaceId: string, input: UpdateCategoryInput): Promise<void> {
  const category = await findOwnCategory(db, workspaceId, input.id);
  const data: { name: string; nameKey: string; color: string | null; parentId?: string | null } = { name: input.name, nameKey: nameKeyOf(input.name), color: input.color };
  if (input.parentId !== category.parentId) {
    if (input.parentId === category.id) throw new BadInputError('A category cannot be its own group.', { parentId: ['A category cannot be its own group.'] });
    const children = await db.category.count({ where: { workspaceId, parentId: category.id } });
    if (children > 0) throw new BadInputError('This is a group with categories in it; it stays a group.', { parentId: ['A group with categories in it stays a group.'] });
    if (input.parentId) {
      const group = await findGroup(db, workspaceId, input.parentId);
      // A different kind would silently move this category's history between spending, income and transfers.
      if (group.kind !== category.kind) throw new BadInputError('Choose a group of the same kind (spending, income or transfers).', { parentId: ['Choose a group of the same kind.'] });
    }
    data.parentId = input.parentId;
  }
  try {
    await db.category.update({ where: { id: category.id }, data });
    await bumpDataVersion(db, workspaceId);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName(input.name);
    throw error;
  }
}

/** Hidden categories leave the pickers; transactions, budgets and reports still count them. */
export async function setCategoryHidden(db: Db, workspaceId: string, id: string, hidden: boolean): Promise<void> {
  const category = await findOwnCategory(db, workspaceId, id);
  await db.category.update({ where: { id: category.id }, data: { hidden } });
  await bumpDataVersion(db, workspaceId);
}
