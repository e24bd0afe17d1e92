import type { Db } from '@/lib/db';
import { providerOf } from '@/lib/sync/sql';

// The payees page: one line per payee with its count and net total, most used first. Grouped
// on the (workspaceId, payeeKey) index, a page at a time; a search narrows by name.

export const PAYEES_PAGE_SIZE = 100;

export type PayeeSummary = { payeeKey: string; name: string; count: number; totalMinor: bigint; renamed: boolean };

export async function listPayees(db: Db, workspaceId: string, options: { q?: string | null; page?: number } = {}): Promise<{ items: PayeeSummary[]; hasMore: boolean }> {
  const page = Math.max(1, options.page ?? 1);
  const q = options.q?.trim();
  // As in the transaction search: PostgreSQL needs case-insensitivity asked for, SQLite's LIKE has it.
  const like = (q && providerOf(db) === 'postgresql' ? { contains: q, mode: 'insensitive' } : { contains: q }) as { contains: string };
  const groups = await db.transaction.groupBy({
    by: ['payeeKey'],
    where: { workspaceId, payeeKey: { not: null }, ...(q ? { payee: like } : {}) },
    _count: { _all: true },
    _sum: { amountMinor: true },
    _max: { payee: true },
    orderBy: [{ _count: { payeeKey: 'desc' } }, { payeeKey: 'asc' }],
    skip: (page - 1) * PAYEES_PAGE_SIZE,
    take: PAYEES_PAGE_SIZE + 1,
  });
  const keys = groups.slice(0, PAYEES_PAGE_SIZE).map((group) => group.payeeKey!);
  const renames = await db.payeeRename.findMany({ where: { workspaceId, payeeKey: { in: keys } }, select: { payeeKey: true, name: true } });
  const renamed = new Map(renames.map((rename) => [rename.payeeKey, rename.name]));
  return {
    hasMore: groups.length > PAYEES_PAGE_SIZE,
    items: groups.slice(0, PAYEES_PAGE_SIZE).map((group) => ({
      payeeKey: group.payeeKey!,
      name: renamed.get(group.payeeKey!) ?? group._max.payee ?? group.payeeKey!,
      count: group._count._all,
      totalMinor: group._sum.amountMinor ?? 0n,
      renamed: renamed.has(group.payeeKey!),
    })),
  };
}

/** How many transactions carry a payee, for the rename form's "applies to N transactions". */
export function countPayeeTransactions(db: Db, workspaceId: string, payeeKey: string): Promise<number> {
  return db.transaction.count({ where: { workspaceId, payeeKey } });
}
