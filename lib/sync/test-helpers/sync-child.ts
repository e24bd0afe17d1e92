// Tests only: runs one sync in its own process and kills itself (SIGKILL, no cleanup) after the
// given page, so tests can check that a real crash mid-sync converges on the next sync.
import { createDb } from '@/lib/db';
import { getSyncConfig } from '../config';
import { syncConnection } from '../sync-connection';

const db = createDb(process.env.DATABASE_URL!);
const killAfterPage = Number(process.env.KILL_AFTER_PAGE);
let pages = 0;
await syncConnection(db, process.env.CONNECTION_ID!, {
  trigger: 'manual',
  config: { ...getSyncConfig(), pageLimit: Number(process.env.PAGE_LIMIT ?? 100) },
  hooks: {
    afterPage() {
      if (++pages >= killAfterPage) process.kill(process.pid, 'SIGKILL');
    },
  },
});
// Reaching here means the sync had fewer pages than asked: tell the parent.
process.exit(3);
