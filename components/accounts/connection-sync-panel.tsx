import { Suspense } from 'react';
import { SyncHistory } from '@/components/sync/sync-history';
import { SyncStatus, type SyncStatusJson } from '@/components/sync/sync-status';
import { getDb } from '@/lib/db';
import { lookAtConnectionSync } from '@/lib/sync/look-at-sync';

/** Sync progress and "Sync now", with the recent runs behind a disclosure. */
export async function ConnectionSyncPanel({ workspaceId, connectionId }: { workspaceId: string; connectionId: string }) {
  const status = await lookAtConnectionSync(getDb(), workspaceId, connectionId);
  // The same JSON the status route serves, so the first paint already shows the current run.
  const initial = status ? (JSON.parse(JSON.stringify(status)) as SyncStatusJson) : null;
  return (
    <div className="space-y-2">
      <SyncStatus connectionId={connectionId} initial={initial} />
      <details>
        <summary className="cursor-pointer text-sm font-medium text-brand-700 dark:text-brand-100">Sync history</summary>
        <div className="mt-2 overflow-x-auto" tabIndex={0} role="group" aria-label="Sync history">
          <Suspense fallback={<p className="text-sm text-slate-600 dark:text-slate-400">Loading sync history…</p>}>
            <SyncHistory workspaceId={workspaceId} connectionId={connectionId} />
          </Suspense>
        </div>
      </details>
    </div>
  );
}
