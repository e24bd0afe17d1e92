import { formatDateTime } from '@/lib/dates';
// What the sync status component shows, as a pure function of the status the server reports, so
// the rule "never a disabled button for a dead run" is testable without a browser. A run whose
// heartbeat is older than the lease hold is dead, whatever its row still says.

type When = Date | string;

export type SyncStatusRun = {
  id: string;
  trigger: string;
  status: string;
  heartbeatAt: When;
  accountsTotal: number;
  accountsDone: number;
  transactionsImported: number;
  errorCode: string | null;
  error: string | null;
  retryAt?: When | null;
};

export type SyncStatusInput = {
  connectionStatus: string;
  lastSyncedAt: When | null;
  latestRun: SyncStatusRun | null;
  // A sync waits for the sync worker (or the worker holds it and its run row is not there yet).
  queued?: boolean;
  // The server's clock when it answered, and how old a heartbeat may be before the run is dead.
  checkedAt: When;
  staleAfterMs: number;
};

export type SyncStatusView = {
  state: 'loading' | 'queued' | 'syncing' | 'resuming' | 'interrupted' | 'failed' | 'synced' | 'never';
  text: string;
  buttonDisabled: boolean;
  buttonLabel: string;
  warning: boolean;
  // Keep asking the server: something is going on or about to.
  poll: boolean;
};

const number = new Intl.NumberFormat('en-US');
const time = (value: When) => new Date(value).getTime();

export function describeSyncStatus(status: SyncStatusInput | null, formatTime: (value: When) => string = formatDateTime): SyncStatusView {
  const idle = { buttonDisabled: false, buttonLabel: 'Sync now', warning: false, poll: false };
  if (!status) return { ...idle, state: 'loading', text: 'Loading sync status…', poll: true };
  const run = status.latestRun;
  if (run?.status === 'running') {
    const alive = time(status.checkedAt) - time(run.heartbeatAt) <= status.staleAfterMs;
    if (!alive) return { ...idle, state: 'interrupted', text: 'The last sync was interrupted; resuming…', poll: true };
    const accounts = run.accountsTotal ? `${run.accountsDone} of ${run.accountsTotal} accounts` : 'starting';
    const progress = `${accounts}, ${number.format(run.transactionsImported)} transactions read`;
    if (run.trigger === 'resume') return { state: 'resuming', text: `Interrupted, resuming… ${progress}`, buttonDisabled: true, buttonLabel: 'Syncing…', warning: false, poll: true };
    return { state: 'syncing', text: `Syncing… ${progress}`, buttonDisabled: true, buttonLabel: 'Syncing…', warning: false, poll: true };
  }
  if (status.queued) {
    const text = run?.status === 'abandoned' ? 'The last sync was interrupted; resuming…' : 'Sync queued; it starts in a moment…';
    return { state: 'queued', text, buttonDisabled: true, buttonLabel: 'Queued…', warning: false, poll: true };
  }
  if (run?.status === 'abandoned') return { ...idle, state: 'interrupted', text: 'The last sync was interrupted; resuming…', poll: true };
  if (run?.status === 'failed') {
    const next = run.retryAt && time(run.retryAt) > time(status.checkedAt) ? ` Next try: ${formatTime(run.retryAt)}.` : '';
    return { ...idle, state: 'failed', text: `${run.error ?? 'The last sync did not finish.'}${next}`, warning: true };
  }
  if (status.lastSyncedAt) return { ...idle, state: 'synced', text: `Last synced ${formatTime(status.lastSyncedAt)}` };
  return { ...idle, state: 'never', text: 'Not synced yet' };
}
