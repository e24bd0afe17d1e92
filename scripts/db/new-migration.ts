// npm run db:migration -- <name>
// Writes prisma/<provider>/migrations/<timestamp>_<name>/migration.sql for both providers: the SQL
// that takes the committed migrations to the current schema, diffed by the Wasm schema engine on
// throwaway shadow databases (in-memory SQLite; a temporary database on CASHLENS_TEST_PG_URL).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { providers } from '../../lib/db/database-url';
import { lockfileContent, lockfileName, migrationsDir } from '../../lib/db/migrations-dir';
import { derivedSchemaPath, writeDerivedSchemas } from './derive-schemas';
import { diffMigrationsToSchema } from './diff-migrations';

// Same shape as `prisma migrate dev`: 20250101120000_add_budgets.
export function migrationFolderName(name: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
  if (!slug) throw new Error('Give the migration a name: npm run db:migration -- add_budgets');
  return `${stamp}_${slug}`;
}

export async function createMigration(root: string, name: string): Promise<string | null> {
  const folder = migrationFolderName(name);
  await writeDerivedSchemas(root);
  const diffs = await Promise.all(
    providers.map(async (provider) => ({
      provider,
      diff: await diffMigrationsToSchema(provider, migrationsDir(provider, root), derivedSchemaPath(root, provider), {
        script: true,
      }),
    })),
  );
  if (diffs.every(({ diff }) => !diff.changed)) return null;
  // Both providers get the folder even if one has nothing to do, so the histories stay in step.
  for (const { provider, diff } of diffs) {
    const dir = path.join(migrationsDir(provider, root), folder);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'migration.sql'), diff.changed ? diff.text : `-- No ${provider} changes.\n`);
    await writeFile(path.join(migrationsDir(provider, root), lockfileName), lockfileContent(provider));
  }
  return folder;
}

async function main(): Promise<void> {
  const name = process.argv.slice(2).join('_');
  const folder = await createMigration(process.cwd(), name);
  console.log(folder ? `Wrote prisma/{sqlite,postgresql}/migrations/${folder}/migration.sql` : 'No schema changes.');
}

main().catch((error: unknown) => {
  console.error(`db:migration: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exit(1);
});
