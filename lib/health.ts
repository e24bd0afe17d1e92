import { getDb } from '@/lib/db';

const DATABASE_CHECK_TIMEOUT_MS = 3_000;

/** "up" when the database answers a trivial query in time, "down" otherwise. */
export async function checkDatabase(): Promise<'up' | 'down'> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), DATABASE_CHECK_TIMEOUT_MS);
    });
    await Promise.race([getDb().$queryRaw`SELECT 1`, timeout]);
    return 'up';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}
