'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useCallback, useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useCanWrite } from '@/components/workspaces/workspace-role';
import { syncNow, type SyncNowState } from '@/lib/sync/actions';
import type { SyncRunView } from '@/lib/sync/queries';
import { describeSyncStatus } from '@/lib/sync/status-view';

// A connection's sync state with a "Sync now" button. Progress lives in the database, so this
// polls the status route while a run is going: a reload, or another tab, shows the same run.

// What the status route sends: ConnectionSyncStatus with its dates as ISO strings.
type AsJson<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };
type RunJson = AsJson<SyncRunView>;
export type SyncStatusJson = { connectionId: string; connectionStatus: string; lastSyncedAt: string | null; latestRun: RunJson | null; queued: boolean; checkedAt: string; staleAfterMs: number };

const pollMs = 2_000;

export function SyncStatus({ connectionId, initial = null }: { connectionId: string; initial?: SyncStatusJson | null }) {
  const [status, setStatus] = useState<SyncStatusJson | null>(initial);
  const [state, action, pending] = useActionState<SyncNowState, FormData>(syncNow, null);
  const canWrite = useCanWrite();

  const refresh = useCallback(async () => {
    const response = await fetch(`/api/sync/${encodeURIComponent(connectionId)}`, { cache: 'no-store' });
    if (response.ok) setStatus((await response.json()) as SyncStatusJson);
  }, [connectionId]);

  // A dead run (heartbeat older than the lease) never disables the button: see status-view.ts.
  const view = describeSyncStatus(status);
  const polling = view.poll;
  // After "Sync now" the route reports the queued job, then its run; each answer is a new state.
  useEffect(() => {
    // Ask once at mount (and after "Sync now"), then keep asking while a sync is queued or going.
    const tick = () => void refresh();
    const first = setTimeout(tick, 0);
    const timer = polling ? setInterval(tick, pollMs) : undefined;
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [polling, state, refresh]);

  // When a run ends, the page's server-rendered balances and lists are stale: refresh them once
  // per finished run (a quick "Sync now" may finish before a poll ever sees it running).
  const router = useRouter();
  const settledRunId = status?.latestRun && status.latestRun.status !== 'running' ? status.latestRun.id : null;
  const lastSettledRunId = useRef(initial?.latestRun?.status === 'running' ? null : (initial?.latestRun?.id ?? null));
  useEffect(() => {
    if (!settledRunId || settledRunId === lastSettledRunId.current) return;
    lastSettledRunId.current = settledRunId;
    router.refresh();
  }, [settledRunId, router]);

  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <p role="status" aria-live="polite" className={view.warning ? 'text-amber-800 dark:text-amber-200' : 'text-slate-600 dark:text-slate-300'}>
        {view.text}
      </p>
      {canWrite && status?.connectionStatus === 'active' && (
        <form action={action}>
          <input type="hidden" name="connectionId" value={connectionId} />
          <Button type="submit" variant="secondary" disabled={pending || view.buttonDisabled}>
            {view.buttonLabel}
          </Button>
        </form>
      )}
      {state && !state.ok && <p className="text-red-700 dark:text-red-300">{state.message}</p>}
    </div>
  );
}
