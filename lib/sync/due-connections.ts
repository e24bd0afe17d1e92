import type { Db } from '@/lib/db';
import type { SyncConfig } from './config';

/**
 * Active connections whose last sync attempt started more than one interval ago (or never).
 * Counting attempts, not successes, keeps a failing bank from being retried every tick.
 */
export async function listDueConnections(db: Db, config: SyncConfig, now = new Date()): Promise<string[]> {
  const cutoff = new Date(now.getTime() - config.intervalMinutes * 60_000);
  const connections = await db.bankConnection.findMany({ where: { status: 'active' }, select: { id: true }, orderBy: { createdAt: 'asc' } });
  if (connections.length === 0) return [];
  const recent = await db.syncRun.findMany({
    where: { connectionId: { in: connections.map((c) => c.id) }, startedAt: { gt: cutoff } },
    select: { connectionId: true },
    distinct: ['connectionId'],
  });
  const recentlyTried = new Set(recent.map((run) => run.connectionId));
  return connections.map((c) => c.id).filter((id) => !recentlyTried.has(id));
}

/** Up to `fraction` of the interval, at most ten minutes: instances and users do not all call the bank at once. */
export function jitterMs(config: SyncConfig, fraction = 0.1, random = Math.random): number {
  return Math.floor(random() * Math.min(config.intervalMinutes * 60_000 * fraction, 10 * 60_000));
}
