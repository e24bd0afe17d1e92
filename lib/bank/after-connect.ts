/**
 * Starts the first sync of a new link without holding up the redirect. The sync engine
 * records its own progress and failures; here a failure to start is only logged.
 */
export function startInitialSyncSafely(connectionId: string): void {
  void connectionId; // wired to the sync engine once lib/sync lands
}
