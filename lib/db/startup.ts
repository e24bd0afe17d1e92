import { getDatabaseUrl } from './database-url';
import { migrateDatabase } from './migrate';
import { log } from '@/lib/log';

/**
 * Brings the database up to this version's schema before the app serves. When that is impossible
 * (unreachable, or already upgraded by a newer Cashlens) the server stops with one line on stderr:
 * a stack trace would bury the one thing the person starting it needs to read.
 */
export async function startDatabase(): Promise<void> {
  try {
    const { applied } = await migrateDatabase(getDatabaseUrl());
    if (applied.length > 0) log.info('Cashlens applied database migrations', { migrations: applied });
  } catch (error) {
    log.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
