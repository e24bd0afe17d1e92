import { describeDatabase, getDatabaseProvider } from './database-url';
import { ensurePostgresDatabase } from './ensure-database';
import { migrationsDir, readMigrations } from './migrations-dir';
import { noFilters, withSchemaEngine } from './schema-engine';
import { ensureSearchIndex } from './search-index';
import { DatabaseStartupError, startupMessages, toStartupError } from './startup-errors';

export type MigrateResult = { applied: string[] };

/**
 * Applies the committed migrations this database has not had yet (`prisma migrate deploy`, done
 * by the Wasm engine). Refuses, before touching anything, a database that a newer Cashlens has
 * already migrated or that has a failed migration. Every failure is a DatabaseStartupError whose
 * message is the one line to show.
 */
export async function migrateDatabase(
  url: string,
  { root = process.cwd() }: { root?: string } = {},
): Promise<MigrateResult> {
  try {
    const provider = getDatabaseProvider(url);
    const migrationsList = await readMigrations(provider, migrationsDir(provider, root));
    if (provider === 'postgresql') await ensurePostgresDatabase(url);
    return await withSchemaEngine(url, async (engine) => {
      const diagnosis = await engine
        .diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: noFilters })
        .catch((error: { code?: string }) => {
          // P1014: no _prisma_migrations table yet, i.e. a fresh database with no history to check.
          if (error.code === 'P1014') return { history: null, failedMigrationNames: [] };
          throw error;
        });
      const history = diagnosis.history;
      if (history?.diagnostic === 'migrationsDirectoryIsBehind' || history?.diagnostic === 'historiesDiverge') {
        throw new DatabaseStartupError(startupMessages.newer(describeDatabase(url), history.unpersistedMigrationNames));
      }
      if (diagnosis.failedMigrationNames.length > 0) {
        throw new DatabaseStartupError(startupMessages.failed(describeDatabase(url), diagnosis.failedMigrationNames));
      }
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
      return { applied: appliedMigrationNames };
    }).then(async (result) => {
      await ensureSearchIndex(url);
      return result;
    });
  } catch (error) {
    throw toStartupError(error, url);
  }
}
