import { setImmediate } from 'node:timers/promises';

// Long sync work on SQLite never waits on I/O: better-sqlite3 answers synchronously, so a chain of
// awaits runs as microtasks and timers starve: the lease heartbeat, progress, a SIGTERM's
// checkpoint. Between chunks of work (a page, a processor batch) the sync lets the event loop turn.
export function yieldToEventLoop(): Promise<void> {
  return setImmediate();
}
