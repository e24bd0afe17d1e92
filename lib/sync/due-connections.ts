import type { Db } from '@/lib/db';
import type { SyncConfig } from './config';
import { abandonDeadRuns } from './dead-runs';

// Which connections the background refresh should sync now. Dead runs are marked abandoned first;
// an interrupted run is not an attempt against the bank, so it never postpones the next one.

type RecentRun = { connectionId: string; status: string; retryAt: Date | null };

async function latestRecentRuns(db: Db, config: SyncConfig, now: Date): Promise<{ ids: string[]; latest: Map<string, RecentRun> }> {
  await abandonDeadRuns(db, { now });
  const cutoff = new Date(now.getTime() - config.intervalMinutes * 60_000);
  const connections = await db.bankConnection.findMany({ where: { status: 'active' }, select: { id: true }, orderBy: { createdAt: 'asc' } });
  const ids = connections.map((c) => c.id);
  const latest = new Map<string, RecentRun>();
  if (ids.length === 0) return { ids, latest };
  // Newest first: the first run seen per connection is its latest.
  const recent = await db.syncRun.findMany({
    where: { connectionId: { in: ids }, startedAt: { gt: cutoff } },
    select: { connectionId: true, status: true, retryAt: true },
    orderBy: { startedAt: 'desc' },
  });
  for (const run of recent) if (!latest.has(run.connectionId)) latest.set(run.connectionId, run);
  return { ids, latest };
}

const backoffEnded = (run: RecentRun | undefined, now: Date) => run?.status === 'failed' && run.retryAt !== null && run.retryAt <= now;

/**
 * Active connections whose last attempt started more than one interval ago (or never), whose
 * latest run was interrupted, or whose back-off (the bank's Retry-After) has ended. Counting
 * attempts, not successes, keeps a failing bank from being retried every tick.
 */
export async function listDueConnections(db: Db, config: SyncConfig, now = new Date()): Promise<string[]> {
  const { ids, latest } = await latestRecentRuns(db, config, now);
  return ids.filter((id) => !latest.has(id) || latest.get(id)!.status === 'abandoned' || backoffEnded(latest.get(id), now));
}

/** Active connections whose back-off the bank asked for has just ended: their retry is due now. */
export async function listBackoffEndedConnections(db: Db, config: SyncConfig, now = new Date()): Promise<string[]> {
  const { ids, latest } = await latestRecentRuns(db, config, now);
  return ids.filter((id) => backoffEnded(latest.get(id), now));
}

/** Active connections whose latest run was interrupted (its process died or shut down): resume them now. */
export async function listInterruptedConnections(db: Db, config: SyncConfig, now = new Date()): Promise<string[]> {
  const { ids, latest } = await latestRecentRuns(db, config, now);
  return ids.filter((id) => latest.get(id)?.status === 'abandoned');
}

/** Up to `fraction` of the interval, at most ten minutes: instances and users do not all call the bank at once. */
export function jitterMs(config: SyncConfig, fraction = 0.1, random = Math.random): number {
  return Math.floor(random() * Math.min(config.intervalMinutes * 60_000 * fraction, 10 * 60_000));
}
