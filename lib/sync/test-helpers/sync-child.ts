// Tests only: runs one sync in its own process and kills itself (SIGKILL, no cleanup) at a chosen
// point, so tests can check that a real crash converges without anyone's help.
//   KILL_AFTER_PAGE=n        after the n-th committed page (counted across accounts)
//   KILL_AFTER_POST_SYNC=n   after the n-th post-sync step (processor batches, then the finishers)
//   KILL_DELAY_MS=d          that many ms later, so the kill lands inside the next page or step
//   TERM_AFTER_PAGE=n        print "page n" after that page instead, for a parent that sends SIGTERM
//   SHUTDOWN_HANDLERS=on     install the app's SIGTERM/SIGINT handlers
import { createDb } from '@/lib/db';
import { installSyncShutdownHandlers } from '../background';
import { getSyncConfig } from '../config';
import { syncConnection } from '../sync-connection';

const db = createDb(process.env.DATABASE_URL!);
const killAfterPage = Number(process.env.KILL_AFTER_PAGE ?? Infinity);
const killAfterPostSync = Number(process.env.KILL_AFTER_POST_SYNC ?? Infinity);
const termAfterPage = Number(process.env.TERM_AFTER_PAGE ?? Infinity);
const delayMs = Number(process.env.KILL_DELAY_MS ?? 0);
if (process.env.SHUTDOWN_HANDLERS === 'on') installSyncShutdownHandlers({ timeoutMs: 4_000 });

const kill = () => {
  if (delayMs > 0) setTimeout(() => process.kill(process.pid, 'SIGKILL'), delayMs);
  else process.kill(process.pid, 'SIGKILL');
};
let pages = 0;
let steps = 0;
await syncConnection(db, process.env.CONNECTION_ID!, {
  trigger: 'manual',
  config: { ...getSyncConfig(), pageLimit: Number(process.env.PAGE_LIMIT ?? 100) },
  hooks: {
    async afterPage() {
      pages++;
      if (pages === killAfterPage) kill();
      if (pages === termAfterPage) process.stdout.write(`page ${pages}\n`);
      // Slow enough for a parent's SIGTERM to land while pages are still coming.
      if (pages >= termAfterPage) await new Promise((resolve) => setTimeout(resolve, 50));
    },
    afterPostSyncStep() {
      if (++steps === killAfterPostSync) kill();
    },
  },
});
// Reaching here means the sync ended before the kill point: tell the parent (a pending delayed
// kill may still land; the parent accepts either as "not killed in time").
if (process.env.SHUTDOWN_HANDLERS !== 'on') process.exit(3);
