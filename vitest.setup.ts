import { afterAll } from 'vitest';
import { settleBackgroundWork } from '@/lib/background-work';

// Each test file waits for the background work it started (syncs, holder checks, webhooks) before
// its fork ends: work cut off with the fork would hide its errors; finished here, an error it
// leaves unhandled is reported and fails the run.
afterAll(async () => {
  await settleBackgroundWork();
});
