// SQLite with the sync worker writing the same file from another process: Prisma opens
// interactive transactions with a deferred BEGIN, so one that reads and then writes fails at its
// first write with SQLITE_BUSY when the worker committed in between (its read snapshot is stale;
// the busy timeout cannot help). Running the whole transaction again is the remedy. PostgreSQL
// never reports this; its errors pass through untouched.

const attempts = 6;

/** True for Prisma's report of SQLITE_BUSY (kind SocketTimeout, code P1008). */
export function isSqliteBusy(error: unknown): boolean {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } } | null)?.meta;
  return Boolean(meta?.driverAdapterError?.cause?.originalCode?.startsWith('SQLITE_BUSY'));
}

/** Runs `work` (a whole transaction) again, after a short pause, while SQLite reports the file busy. */
export async function retryWhenSqliteBusy<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isSqliteBusy(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.floor(Math.random() * 50)));
    }
  }
}
