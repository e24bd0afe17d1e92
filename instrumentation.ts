// Next calls register() once per server start, before the first request is served.
export async function register(): Promise<void> {
  // Migrations need Node (native SQLite, the Wasm engine, migration files on disk). NEXT_RUNTIME is
  // Next's own, inlined at build time, so it is read here directly rather than through lib/env.ts.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Sign-in limits count the real client address, never a client-sent X-Forwarded-For.
  const { installClientAddressHeader } = await import('./lib/auth/client-address');
  installClientAddressHeader();
  const { checkSecrets } = await import('./lib/startup/check-secrets');
  checkSecrets();
  const { startDatabase } = await import('./lib/db/startup');
  await startDatabase();
  // ── Sync engine (lib/sync, lib/jobs): syncs run in the sync worker process (`npm run worker`);
  // this process only queues them and reads their progress, so an import never blocks a page.
  // SYNC_IN_WEB=on runs a worker here too, for `next dev` without a second terminal. Its
  // SIGTERM/SIGINT handlers let running syncs checkpoint and release their leases before exit
  // (Next's own handlers exit at once unless NEXT_MANUAL_SIG_HANDLE=true; see lib/sync/README.md).
  const { env } = await import('./lib/env');
  if (env().SYNC_IN_WEB !== 'on') return;
  const { startPayeeBackfill } = await import('./lib/payees/backfill');
  const { getDb } = await import('./lib/db');
  const { trackBackgroundWork } = await import('./lib/background-work');
  void trackBackgroundWork(startPayeeBackfill(getDb()));
  const { installSyncShutdownHandlers, startBackgroundSync } = await import('./lib/sync/background');
  await startBackgroundSync();
  installSyncShutdownHandlers();
}
