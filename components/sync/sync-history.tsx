import { formatDateTime } from '@/lib/dates';
import { getDb } from '@/lib/db';
import { listSyncRuns, type SyncRunView } from '@/lib/sync/queries';
import { ColumnHeaders, type ColumnHeader } from '@/components/ui/column-headers';

// The connection's recent sync runs, newest first: when, why, what changed, and what went wrong.

const statusLabels: Record<string, string> = { running: 'Running', succeeded: 'Done', failed: 'Failed', abandoned: 'Interrupted' };
const triggerLabels: Record<string, string> = { initial: 'First sync', manual: 'Sync now', background: 'Scheduled', resume: 'Resumed' };
const columns: ColumnHeader[] = ['Started', 'Kind', 'Status', 'Added', 'Changed', 'Removed', 'Took', 'Note'].map((label) => ({
  label,
  className: ['Added', 'Changed', 'Removed'].includes(label) ? 'py-1 pr-3 text-right' : 'py-1 pr-3',
}));

function duration(run: SyncRunView): string {
  if (!run.finishedAt) return '—';
  const seconds = Math.max(0, Math.round((run.finishedAt.getTime() - run.startedAt.getTime()) / 1000));
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

export async function SyncHistory({ workspaceId, connectionId, limit = 10 }: { workspaceId: string; connectionId: string; limit?: number }) {
  const runs = await listSyncRuns(getDb(), workspaceId, connectionId, limit);
  if (runs.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-300">No syncs yet.</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Sync history</caption>
      <thead className="text-xs uppercase text-slate-600 dark:text-slate-400">
        <tr>
          <ColumnHeaders columns={columns} />
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => (
          <tr key={run.id} className="border-t border-slate-200 dark:border-slate-700">
            <td className="py-1 pr-3">
              <time dateTime={run.startedAt.toISOString()}>{formatDateTime(run.startedAt)}</time>
            </td>
            <td className="py-1 pr-3">{triggerLabels[run.trigger] ?? run.trigger}</td>
            <td className="py-1 pr-3">{statusLabels[run.status] ?? run.status}</td>
            <td className="py-1 pr-3 text-right tabular-nums">{run.addedCount}</td>
            <td className="py-1 pr-3 text-right tabular-nums">{run.changedCount}</td>
            <td className="py-1 pr-3 text-right tabular-nums">{run.removedCount}</td>
            <td className="py-1 pr-3">{duration(run)}</td>
            <td className="py-1 text-slate-600 dark:text-slate-300">{run.error ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
