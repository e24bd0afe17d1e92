import type { Db } from '@/lib/db';
import { findInstitution } from '@/lib/bank/institutions';
import { describeShellBanners, type FirstSyncInput, type ReconnectInput, type ShellBanners } from './banner-view';

// Reads for the banners on every signed-in page: a handful of indexed rows per user (their
// connections, the running runs of those never synced, and those runs' open pass cursors).

function bankName(institution: string): string {
  try {
    return findInstitution(institution)?.name ?? 'your bank';
  } catch {
    return 'your bank'; // a misconfigured registry must not take every page down
  }
}

export async function loadShellBanners(db: Db, workspaceId: string): Promise<ShellBanners> {
  const connections = await db.bankConnection.findMany({
    where: { workspaceId, status: { in: ['active', 'reconnect_needed'] } },
    select: { id: true, institution: true, status: true, statusReason: true, lastSyncedAt: true },
  });
  const reconnects: ReconnectInput[] = connections
    .filter((connection) => connection.status === 'reconnect_needed')
    .map((connection) => ({ connectionId: connection.id, bankName: bankName(connection.institution), reason: connection.statusReason }));
  const neverSynced = connections.filter((connection) => connection.status === 'active' && !connection.lastSyncedAt);
  const firstSyncs: FirstSyncInput[] = [];
  if (neverSynced.length > 0) {
    const runs = await db.syncRun.findMany({
      where: { workspaceId, status: 'running', connectionId: { in: neverSynced.map((connection) => connection.id) } },
      orderBy: { startedAt: 'desc' },
      select: { connectionId: true, accountsTotal: true, accountsDone: true, transactionsImported: true },
    });
    // Linked but its first run not yet started: no run, so no cursors to read (Prisma would still query an empty list).
    if (runs.length === 0) return describeShellBanners({ firstSyncs, reconnects });
    const cursors = await db.syncCursor.findMany({
      where: { connectionId: { in: runs.map((run) => run.connectionId) }, passId: { not: null } },
      select: { connectionId: true, passRows: true, passTotal: true, passRecentRows: true },
    });
    const seen = new Set<string>();
    for (const run of runs) {
      if (seen.has(run.connectionId)) continue; // the newest run of a connection only
      seen.add(run.connectionId);
      const connection = neverSynced.find((candidate) => candidate.id === run.connectionId)!;
      firstSyncs.push({
        connectionId: run.connectionId,
        bankName: bankName(connection.institution),
        accountsTotal: run.accountsTotal,
        accountsDone: run.accountsDone,
        transactionsImported: run.transactionsImported,
        passes: cursors.filter((cursor) => cursor.connectionId === run.connectionId).map((cursor) => ({ rows: cursor.passRows, total: cursor.passTotal, recentRows: cursor.passRecentRows })),
      });
    }
  }
  return describeShellBanners({ firstSyncs, reconnects });
}
