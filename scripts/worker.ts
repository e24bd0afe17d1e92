// The sync worker: `npm run worker` (npm start runs one beside the app). It runs every sync (first
// sync after linking, "Sync now", background refresh, resumes of interrupted runs) so the web
// process never does; run one per SQLite file, or as many as you like on PostgreSQL.
// SIGTERM/SIGINT: running syncs commit their page, are recorded as interrupted and release their
// leases; the next worker resumes them (lib/sync/README.md, "Graceful shutdown").
import os from 'node:os';
import { trackBackgroundWork } from '@/lib/background-work';
import { getDb } from '@/lib/db';
import { startDatabase } from '@/lib/db/startup';
import { startPayeeBackfill } from '@/lib/payees/backfill';
import { installSyncShutdownHandlers, startBackgroundSync } from '@/lib/sync/background';

// Below the web process on a shared machine: a big import takes the CPU the pages leave over.
try {
  os.setPriority(10);
} catch {
  // not permitted here: run at the default priority
}
installSyncShutdownHandlers();
// Migrations take a lock on PostgreSQL; on SQLite start the worker once the app has started (npm start does).
await startDatabase();
await startBackgroundSync();
// Payees for rows written before they existed (lib/payees/backfill.ts): bulk work, so here, not in the web process.
void trackBackgroundWork(startPayeeBackfill(getDb()));
