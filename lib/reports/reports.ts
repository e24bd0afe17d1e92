import { addDays } from '@/lib/dates';
import type { Db } from '@/lib/db';
import { recordSecurityEvent } from '@/lib/security/activity';
import { buildReportSnapshot } from './build-report';
import type { ReportSnapshot } from './snapshot';
import { createReportToken, hashReportToken, isWellFormedToken } from './token';
import type { ActorRef } from '@/lib/workspaces/actor';

// Lending reports: create (snapshot + one-time token), list, revoke, and read by token. Every
// owner query is scoped by user id; the token read is the one way in without signing in.

export const DEFAULT_EXPIRY_DAYS = 7;
export const MAX_EXPIRY_DAYS = 30;

export type ReportSummary = { id: string; title: string; createdAt: Date; expiresAt: Date; revokedAt: Date | null; viewCount: number; lastViewedAt: Date | null; state: 'active' | 'expired' | 'revoked' };

export async function createLendingReport(db: Db, user: { id: string; email: string; name: string | null; workspaceId: string }, input: { title: string; expiresInDays: number }, now = new Date()) {
  const snapshot = await buildReportSnapshot(db, user, input.title, now);
  const { token, tokenHash } = createReportToken();
  const report = await db.lendingReport.create({
    data: {
      workspaceId: user.workspaceId,
      title: input.title,
      tokenHash,
      snapshotJson: JSON.stringify(snapshot),
      dataAsOf: snapshot.dataAsOf ? new Date(snapshot.dataAsOf) : null,
      expiresAt: addDays(now, input.expiresInDays),
      createdAt: now,
    },
    select: { id: true, expiresAt: true },
  });
  await recordSecurityEvent(db, { userId: user.id, kind: 'report_shared', detail: { reportId: report.id, expiresAt: report.expiresAt.toISOString() } });
  return { ...report, token };
}

function stateOf(report: { expiresAt: Date; revokedAt: Date | null }, now: Date): ReportSummary['state'] {
  if (report.revokedAt) return 'revoked';
  return report.expiresAt.getTime() <= now.getTime() ? 'expired' : 'active';
}

export async function listLendingReports(db: Db, workspaceId: string, now = new Date()): Promise<ReportSummary[]> {
  const rows = await db.lendingReport.findMany({
    where: { workspaceId },
    orderBy: { createdAt: 'desc' },
    select: { id: true, title: true, createdAt: true, expiresAt: true, revokedAt: true, viewCount: true, lastViewedAt: true },
  });
  return rows.map((row) => ({ ...row, state: stateOf(row, now) }));
}

export async function revokeLendingReport(db: Db, actor: ActorRef, reportId: string, now = new Date()): Promise<boolean> {
  const result = await db.lendingReport.updateMany({ where: { id: reportId, workspaceId: actor.workspaceId, revokedAt: null }, data: { revokedAt: now } });
  if (result.count === 1) await recordSecurityEvent(db, { userId: actor.id, kind: 'report_revoked', detail: { reportId } });
  return result.count === 1;
}

export async function getOwnLendingReport(db: Db, workspaceId: string, reportId: string): Promise<{ id: string; snapshot: ReportSnapshot } | null> {
  const row = await db.lendingReport.findFirst({ where: { id: reportId, workspaceId }, select: { id: true, snapshotJson: true } });
  return row ? { id: row.id, snapshot: JSON.parse(row.snapshotJson) as ReportSnapshot } : null;
}

/** The report behind a share link, or null (unknown, altered, expired or revoked: all the same to the caller). */
export async function getSharedLendingReport(db: Db, token: string, options: { countView?: boolean; now?: Date } = {}): Promise<{ snapshot: ReportSnapshot; expiresAt: Date } | null> {
  if (!isWellFormedToken(token)) return null;
  const now = options.now ?? new Date();
  const row = await db.lendingReport.findUnique({ where: { tokenHash: hashReportToken(token) }, select: { id: true, snapshotJson: true, expiresAt: true, revokedAt: true } });
  if (!row || stateOf(row, now) !== 'active') return null;
  if (options.countView) await db.lendingReport.update({ where: { id: row.id }, data: { viewCount: { increment: 1 }, lastViewedAt: now } });
  return { snapshot: JSON.parse(row.snapshotJson) as ReportSnapshot, expiresAt: row.expiresAt };
}
