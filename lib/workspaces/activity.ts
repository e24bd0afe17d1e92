import type { Db } from '@/lib/db';
import type { Tx } from '@/lib/sync/sql';
import { actorLabel } from './actor';

// Who changed what in a workspace (edits to transactions, rules, budgets and categories, and
// membership changes). Append-only: rows are written here and read by listWorkspaceActivity only.

export type ActivityKind =
  | 'transaction.edited' | 'transaction.split' | 'transactions.recategorized'
  | 'rule.created' | 'rule.applied' | 'rule.deleted'
  | 'budget.set' | 'budget.removed' | 'budget.copied'
  | 'category.created' | 'category.edited' | 'category.merged' | 'category.hidden'
  | 'payee.renamed'
  | 'member.invited' | 'member.joined' | 'member.role_changed' | 'member.removed' | 'invitation.revoked'
  | 'account.privacy_changed';

export type ActivityActor = { id: string; name: string | null; email: string; workspaceId: string };

const SUMMARY_MAX = 300;

export async function recordActivity(db: Db | Tx, actor: ActivityActor, kind: ActivityKind, summary: string, subjectId?: string): Promise<void> {
  await db.workspaceActivity.create({
    data: { workspaceId: actor.workspaceId, actorId: actor.id, actorName: actorLabel(actor), kind, summary: summary.slice(0, SUMMARY_MAX), subjectId: subjectId ?? null },
  });
}

export type ActivityRow = { id: string; actorName: string; kind: string; summary: string; subjectId: string | null; createdAt: Date };

/** Newest first, `limit` at a time (keyset on createdAt, id). */
export async function listWorkspaceActivity(db: Db, workspaceId: string, limit = 50): Promise<{ rows: ActivityRow[]; hasMore: boolean }> {
  const rows = await db.workspaceActivity.findMany({
    where: { workspaceId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    select: { id: true, actorName: true, kind: true, summary: true, subjectId: true, createdAt: true },
  });
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}

/** The latest change to one thing (a transaction, a category), for "last changed by" notes. */
export async function latestActivityFor(db: Db, workspaceId: string, subjectId: string): Promise<ActivityRow | null> {
  return db.workspaceActivity.findFirst({
    where: { workspaceId, subjectId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, actorName: true, kind: true, summary: true, subjectId: true, createdAt: true },
  });
}
