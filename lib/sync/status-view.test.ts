import { describe, expect, it } from 'vitest';
import { describeSyncStatus, type SyncStatusInput, type SyncStatusRun } from './status-view';

// What <SyncStatus> renders, by the server's clock: the button is disabled only for a live run.

const at = (seconds: number) => new Date(Date.UTC(2026, 2, 10, 12, 0, seconds));
const run = (overrides: Partial<SyncStatusRun> = {}): SyncStatusRun => ({
  id: 'r1', trigger: 'manual', status: 'running', heartbeatAt: at(0), accountsTotal: 3, accountsDone: 1, transactionsImported: 1234, errorCode: null, error: null, ...overrides,
});
const status = (latestRun: SyncStatusRun | null, checkedAtSeconds: number, overrides: Partial<SyncStatusInput> = {}): SyncStatusInput => ({
  connectionStatus: 'active', lastSyncedAt: null, latestRun, checkedAt: at(checkedAtSeconds), staleAfterMs: 90_000, ...overrides,
});

describe('describeSyncStatus', () => {
  it('shows progress and disables the button while the run beats', () => {
    expect(describeSyncStatus(status(run(), 30))).toMatchObject({ state: 'syncing', text: 'Syncing… 1 of 3 accounts, 1,234 transactions read', buttonDisabled: true, poll: true });
  });

  it('enables the button and says "resuming" once the heartbeat is older than the lease hold', () => {
    expect(describeSyncStatus(status(run(), 91))).toMatchObject({ state: 'interrupted', text: 'The last sync was interrupted; resuming…', buttonDisabled: false, poll: true });
  });

  it('says "interrupted, resuming" for an abandoned run and for the run that resumes it', () => {
    expect(describeSyncStatus(status(run({ status: 'abandoned', errorCode: 'interrupted' }), 5))).toMatchObject({ state: 'interrupted', buttonDisabled: false });
    expect(describeSyncStatus(status(run({ trigger: 'resume' }), 5))).toMatchObject({ state: 'resuming', text: 'Interrupted, resuming… 1 of 3 accounts, 1,234 transactions read', buttonDisabled: true });
  });

  it('a sync waiting for the worker says so and keeps polling; a live run shows its progress instead', () => {
    expect(describeSyncStatus(status(null, 5, { queued: true }))).toMatchObject({ state: 'queued', text: 'Sync queued; it starts in a moment…', buttonDisabled: true, poll: true });
    expect(describeSyncStatus(status(run({ status: 'abandoned', errorCode: 'interrupted' }), 5, { queued: true }))).toMatchObject({ state: 'queued', text: 'The last sync was interrupted; resuming…' });
    expect(describeSyncStatus(status(run(), 30, { queued: true }))).toMatchObject({ state: 'syncing' });
  });

  it('shows a failure in plain words, a finished sync with its time, and a new connection', () => {
    expect(describeSyncStatus(status(run({ status: 'failed', error: 'The bank took too long to answer.' }), 5))).toMatchObject({ state: 'failed', text: 'The bank took too long to answer.', warning: true, buttonDisabled: false, poll: false });
    expect(describeSyncStatus(status(run({ status: 'succeeded' }), 5, { lastSyncedAt: at(4) }), () => 'then')).toMatchObject({ state: 'synced', text: 'Last synced then', buttonDisabled: false });
    expect(describeSyncStatus(status(null, 5))).toMatchObject({ state: 'never', buttonDisabled: false });
  });
});
