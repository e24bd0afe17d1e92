import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import type { Provider } from './database-url';

// Committed SQL lives in prisma/<provider>/migrations/<timestamp>_<name>/migration.sql, the layout
// `prisma migrate` uses, so the _prisma_migrations table and the folders mean what Prisma users expect.
export function migrationsDir(provider: Provider, root: string = process.cwd()): string {
  return path.join(root, 'prisma', provider, 'migrations');
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export const lockfileName = 'migration_lock.toml';

// The engine reads the provider from this file (the format `prisma migrate` writes).
export function lockfileContent(provider: Provider): string {
  return `# Written by npm run db:migration; do not edit.\nprovider = "${provider}"\n`;
}

/** The migrations folder in the shape the schema engine takes; an absent folder is an empty history. */
export async function readMigrations(provider: Provider, baseDir: string): Promise<MigrationList> {
  const entries = await readdir(baseDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    folders.map(async (folder) => {
      const content = await readIfExists(path.join(baseDir, folder, 'migration.sql'));
      return {
        path: folder,
        migrationFile: {
          path: 'migration.sql',
          content:
            content === null
              ? { tag: 'error' as const, value: `${folder}/migration.sql is missing` }
              : { tag: 'ok' as const, value: content },
        },
      };
    }),
  );
  const lockfile = (await readIfExists(path.join(baseDir, lockfileName))) ?? lockfileContent(provider);
  return {
    baseDir,
    lockfile: { path: lockfileName, content: lockfile },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}
