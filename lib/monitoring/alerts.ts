import { z } from 'zod';
import type { Db } from '@/lib/db';

// The Alerts page's reads and writes, always scoped by the signed-in user.

export const alertDecisionSchema = z.object({
  alertId: z.string().min(1).max(64),
  decision: z.enum(['confirmed_mine', 'reported_fraud', 'unread']),
});

export type AlertView = {
  id: string;
  kind: string;
  severity: 'low' | 'medium' | 'high';
  title: string;
  explanation: string;
  amountMinor: bigint | null;
  currency: string | null;
  occurredAt: Date;
  status: 'unread' | 'confirmed_mine' | 'reported_fraud';
  accountName: string | null;
};

export async function listAlerts(db: Db, workspaceId: string, options: { status?: 'unread' | 'resolved'; take?: number } = {}): Promise<AlertView[]> {
  const status = options.status === 'unread' ? 'unread' : options.status === 'resolved' ? { not: 'unread' } : undefined;
  const rows = await db.alert.findMany({ where: { workspaceId, ...(status ? { status } : {}) }, orderBy: [{ occurredAt: 'desc' }, { createdAt: 'desc' }], take: options.take ?? 200 });
  const accountIds = [...new Set(rows.map((row) => row.accountId).filter((id): id is string => id !== null))];
  const accounts = new Map((await db.bankAccount.findMany({ where: { workspaceId, id: { in: accountIds } }, select: { id: true, name: true, maskedNumber: true } })).map((a) => [a.id, a]));
  return rows.map((row) => {
    const account = row.accountId ? accounts.get(row.accountId) : undefined;
    return {
      id: row.id,
      kind: row.kind,
      severity: row.severity as AlertView['severity'],
      title: row.title,
      explanation: row.explanation,
      amountMinor: row.amountMinor,
      currency: row.currency,
      occurredAt: row.occurredAt,
      status: row.status as AlertView['status'],
      accountName: account ? `${account.name}${account.maskedNumber ? ` (${account.maskedNumber})` : ''}` : null,
    };
  });
}

export function countUnreadAlerts(db: Db, workspaceId: string): Promise<number> {
  return db.alert.count({ where: { workspaceId, status: 'unread' } });
}

export async function decideAlert(db: Db, workspaceId: string, alertId: string, decision: z.infer<typeof alertDecisionSchema>['decision']): Promise<boolean> {
  const result = await db.alert.updateMany({ where: { id: alertId, workspaceId }, data: { status: decision, resolvedAt: decision === 'unread' ? null : new Date() } });
  return result.count === 1;
}

/** For the page's empty states: has this user any alerts, any accounts at all? */
export async function countAlertsAndAccounts(db: Db, workspaceId: string): Promise<{ alerts: number; accounts: number }> {
  const [alerts, accounts] = await Promise.all([db.alert.count({ where: { workspaceId } }), db.bankAccount.count({ where: { workspaceId } })]);
  return { alerts, accounts };
}
