// Work a request or a sync starts and does not wait for (the first sync after linking, the holder
// check beside a sync, webhook deliveries). Each is tracked here so a test can wait for all of it
// before dropping its database, and a shutdown can let it finish instead of cutting it off.

const inFlight = new Set<Promise<unknown>>();

/** Tracks a promise until it settles; returns it unchanged. Its owner still handles its failures: tracking only waits. */
export function trackBackgroundWork<T>(work: Promise<T>): Promise<T> {
  const tracked = work.then(
    () => undefined,
    () => undefined, // the owner handles its own failure; here it only has to end
  );
  inFlight.add(tracked);
  void tracked.finally(() => inFlight.delete(tracked));
  return work;
}

/** Waits until no tracked work is running, including work started by work that was running. */
export async function settleBackgroundWork(): Promise<void> {
  while (inFlight.size > 0) await Promise.all([...inFlight]);
}
