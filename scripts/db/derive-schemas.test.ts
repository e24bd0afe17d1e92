import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkDerivedSchemas, derivedSchemaPath, sourceSchemaPath, writeDerivedSchemas } from './derive-schemas';

// Works on a temp copy of prisma/ so the checkout is never dirtied.
let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'cashlens-drift-'));
  await cp(path.join(process.cwd(), 'prisma'), path.join(root, 'prisma'), { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('checkDerivedSchemas', () => {
  it('passes on the committed schemas and migrations', async () => {
    expect(await checkDerivedSchemas(root)).toEqual([]);
  });

  it('reports a hand-edited derived schema', async () => {
    await appendFile(derivedSchemaPath(root, 'postgresql'), '\nmodel Sneaky {\n  id Int @id\n}\n');
    expect(await checkDerivedSchemas(root, { migrations: false })).toEqual([
      'prisma/postgresql/schema.prisma is out of date with prisma/schema.prisma: run npm run db:schema.',
    ]);
  });

  it('reports a schema change that has no migration', async () => {
    const source = await readFile(sourceSchemaPath(root), 'utf8');
    await writeFile(sourceSchemaPath(root), `${source}\nmodel DriftCheckProbe {\n  id String @id\n}\n`);
    await writeDerivedSchemas(root);
    expect(await checkDerivedSchemas(root)).toEqual([
      'prisma/sqlite/migrations do not produce the schema: run npm run db:migration -- <name>.',
      'prisma/postgresql/migrations do not produce the schema: run npm run db:migration -- <name>.',
    ]);
  });
});
