// npm run db:schema   writes prisma/<provider>/schema.prisma from prisma/schema.prisma.
// npm run db:check    (--check) fails with one line when a derived schema is stale or edited, or
//                     when the committed migrations do not build the schema (needs PostgreSQL).
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { providers, type Provider } from '../../lib/db/database-url';
import { migrationsDir } from '../../lib/db/migrations-dir';
import { deriveSchema } from './derive';
import { diffMigrationsToSchema } from './diff-migrations';

export const sourceSchemaPath = (root: string) => path.join(root, 'prisma', 'schema.prisma');
export const derivedSchemaPath = (root: string, provider: Provider) => path.join(root, 'prisma', provider, 'schema.prisma');

export async function writeDerivedSchemas(root: string): Promise<void> {
  const source = await readFile(sourceSchemaPath(root), 'utf8');
  for (const provider of providers) {
    const file = derivedSchemaPath(root, provider);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, deriveSchema(source, provider));
  }
}

/** Problems found, one line each; empty when the derived schemas and migrations are up to date. */
export async function checkDerivedSchemas(root: string, { migrations = true } = {}): Promise<string[]> {
  const source = await readFile(sourceSchemaPath(root), 'utf8');
  const problems: string[] = [];
  for (const provider of providers) {
    const file = derivedSchemaPath(root, provider);
    const committed = await readFile(file, 'utf8').catch(() => null);
    if (committed !== deriveSchema(source, provider)) {
      problems.push(`${path.relative(root, file)} is out of date with prisma/schema.prisma: run npm run db:schema.`);
    }
  }
  if (!migrations || problems.length > 0) return problems;
  for (const provider of providers) {
    const diff = await diffMigrationsToSchema(provider, migrationsDir(provider, root), derivedSchemaPath(root, provider), {
      script: false,
    });
    if (diff.changed) {
      problems.push(`prisma/${provider}/migrations do not produce the schema: run npm run db:migration -- <name>.`);
    }
  }
  return problems;
}

async function main(): Promise<void> {
  const root = process.cwd();
  if (!process.argv.includes('--check')) {
    await writeDerivedSchemas(root);
    return;
  }
  const problems = await checkDerivedSchemas(root);
  for (const problem of problems) console.error(`db:check: ${problem}`);
  if (problems.length > 0) process.exit(1);
  console.log('db:check: derived schemas and migrations match prisma/schema.prisma.');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(`db:check: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exit(1);
  });
}
