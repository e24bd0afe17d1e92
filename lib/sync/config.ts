import { env, readEnv, type EnvSource } from '@/lib/env';

// Sync settings from the SYNC_* variables; their defaults and limits live in lib/env.ts.
export type SyncConfig = {
  intervalMinutes: number;
  background: boolean;
  overlapDays: number;
  historyStart: string;
  pageLimit: number;
  leaseMs: number;
  /** Syncs a worker process runs at once. */
  workerConcurrency: number;
};

/** The process's sync settings, or those of `source` (`{}` gives the defaults). */
export function getSyncConfig(source?: EnvSource): SyncConfig {
  const e = source ? readEnv(source) : env();
  return {
    intervalMinutes: e.SYNC_INTERVAL_MINUTES,
    background: e.SYNC_BACKGROUND === 'on',
    overlapDays: e.SYNC_OVERLAP_DAYS,
    historyStart: e.SYNC_HISTORY_START,
    pageLimit: e.SYNC_PAGE_LIMIT,
    leaseMs: e.SYNC_LEASE_SECONDS * 1000,
    workerConcurrency: e.SYNC_WORKER_CONCURRENCY,
  };
}
