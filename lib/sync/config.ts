import { z } from 'zod';

// Sync settings from the environment, parsed once. The defaults suit Chase and the sandbox bank.
const syncEnvSchema = z.object({
  SYNC_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(360),
  SYNC_BACKGROUND: z.enum(['on', 'off']).default('on'),
  // FDX has no change feed, so each incremental sync re-reads this many days before the watermark:
  // long enough for a pending card charge to post (1–5 days) and for late bank corrections.
  SYNC_OVERLAP_DAYS: z.coerce.number().int().min(7).max(90).default(10),
  // The oldest date asked for on a first sync; the bank returns what it has from there.
  SYNC_HISTORY_START: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).default('2000-01-01'),
  SYNC_PAGE_LIMIT: z.coerce.number().int().min(10).max(5000).default(1000),
  SYNC_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(120),
});

export type SyncConfig = {
  intervalMinutes: number;
  background: boolean;
  overlapDays: number;
  historyStart: string;
  pageLimit: number;
  leaseMs: number;
};

let cached: SyncConfig | undefined;

export function getSyncConfig(env: NodeJS.ProcessEnv = process.env): SyncConfig {
  if (cached && env === process.env) return cached;
  const present = Object.fromEntries(Object.entries(env).filter(([key, value]) => key.startsWith('SYNC_') && value !== ''));
  const parsed = syncEnvSchema.safeParse(present);
  if (!parsed.success) throw new Error(`Sync configuration is invalid: ${z.prettifyError(parsed.error)}`);
  const e = parsed.data;
  const config: SyncConfig = {
    intervalMinutes: e.SYNC_INTERVAL_MINUTES,
    background: e.SYNC_BACKGROUND === 'on',
    overlapDays: e.SYNC_OVERLAP_DAYS,
    historyStart: e.SYNC_HISTORY_START,
    pageLimit: e.SYNC_PAGE_LIMIT,
    leaseMs: e.SYNC_LEASE_SECONDS * 1000,
  };
  if (env === process.env) cached = config;
  return config;
}
