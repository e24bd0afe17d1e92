import { readFile } from 'node:fs/promises';
import type { Provider } from '../../lib/db/database-url';
import { readMigrations } from '../../lib/db/migrations-dir';
import { noFilters, withSchemaEngine } from '../../lib/db/schema-engine';
import { env } from '../../lib/env';

// The PostgreSQL server where throwaway shadow databases are created and dropped again.
export function shadowServerUrl(): string {
  return env().CASHLENS_TEST_PG_URL;
}

export type SchemaDiff = { changed: boolean; text: string };

/**
 * What it takes to go from the committed migrations to `schemaFile`: as SQL (`script`) to author a
 * migration, or as a readable summary to explain drift. Migrations are replayed on a shadow
 * database: in-memory SQLite, or a temporary PostgreSQL database on shadowServerUrl().
 */
export async function diffMigrationsToSchema(
  provider: Provider,
  migrationsBaseDir: string,
  schemaFile: string,
  { script }: { script: boolean },
): Promise<SchemaDiff> {
  const [migrations, schema] = await Promise.all([readMigrations(provider, migrationsBaseDir), readFile(schemaFile, 'utf8')]);
  const url = provider === 'sqlite' ? 'file::memory:' : shadowServerUrl();
  const result = await withSchemaEngine(url, (engine) =>
    engine.diff({
      from: { tag: 'migrations', ...migrations },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaFile, content: schema }] },
      script,
      exitCode: true,
      filters: noFilters,
    }),
  );
  // With exitCode set, the engine answers 2 when the two sides differ.
  return { changed: result.exitCode === 2, text: result.stdout ?? '' };
}
