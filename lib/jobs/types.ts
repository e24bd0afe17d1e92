import type { SyncTrigger } from '@/lib/sync/runs';

// What travels through either queue: which connection to sync, and why (the run records it).
export type SyncJobRequest = { connectionId: string; trigger: SyncTrigger };

/** existing: the connection already had a queued job, which is returned instead of a second one. */
export type EnqueuedSync = { jobId: string; existing: boolean };

export type EnqueueOptions = { delayMs?: number; now?: Date };
