import type { Db } from '@/lib/db';
import { nameKeyOf } from './category-name';
import { flattenDefaultCategories } from './default-categories';

export type CategoryRow = { id: string; key: string | null; name: string; kind: string; parentId: string | null; sortOrder: number; color: string | null; hidden: boolean };

/**
 * Creates the default tree for a user the first time anything needs categories; afterwards a
 * cheap lookup. Two callers racing (a sync and a page) may both try: the unique (workspaceId, key)
 * makes the loser's insert fail, and it simply reads what the winner wrote.
 */
export async function ensureDefaultCategories(db: Db, workspaceId: string): Promise<CategoryRow[]> {
  const existing = await listCategoryRows(db, workspaceId);
  if (existing.some((category) => category.key)) return existing;
  try {
    await db.$transaction(async (tx) => {
      const ids = new Map<string, string>();
      for (const category of flattenDefaultCategories()) {
        const row = await tx.category.create({
          data: {
            workspaceId,
            key: category.key,
            name: category.name,
            nameKey: nameKeyOf(category.name),
            kind: category.kind,
            sortOrder: category.sortOrder,
            parentId: category.parentKey ? ids.get(category.parentKey) : null,
          },
          select: { id: true },
        });
        ids.set(category.key, row.id);
      }
    });
  } catch (error) {
    if ((error as { code?: string }).code !== 'P2002') throw error;
  }
  return listCategoryRows(db, workspaceId);
}

export function listCategoryRows(db: Db, workspaceId: string): Promise<CategoryRow[]> {
  return db.category.findMany({
    where: { workspaceId },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { id: true, key: true, name: true, kind: true, parentId: true, sortOrder: true, color: true, hidden: true },
  });
}

/** "Food › Groceries" labels and kinds by id, for lists and pickers. */
export function describeCategories(rows: CategoryRow[]): Map<string, { label: string; name: string; kind: string; parentId: string | null }> {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const described = new Map<string, { label: string; name: string; kind: string; parentId: string | null }>();
  for (const row of rows) {
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    described.set(row.id, { label: parent ? `${parent.name} › ${row.name}` : row.name, name: row.name, kind: row.kind, parentId: row.parentId });
  }
  return described;
}
