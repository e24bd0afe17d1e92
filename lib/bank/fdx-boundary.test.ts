import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// "Nothing outside lib/bank/ sees FDX JSON": no app, component or library file outside this folder
// may import the FDX schemas or name an FDX payload type. The FDX client hands out our own types.

const root = path.resolve(__dirname, '../..');
const scanned = ['app', 'components', 'lib'];
const skipped = new Set([path.join(root, 'lib/bank'), path.join(root, 'lib/generated')]);

const fdxSchemaImport = /from\s+['"](?:@\/lib\/bank\/|\.\.?\/(?:\.\.\/)*(?:lib\/)?bank\/)(?:fdx-account-schemas|transform-transactions)['"]/;
const fdxPayloadType = /\bFdx(?:AccountContact|Customer|Transaction|AccountItem|AccountBase|Name)\b/;

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (skipped.has(full)) continue;
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx|mts)$/.test(entry.name)) yield full;
  }
}

function offenders(): string[] {
  const found: string[] = [];
  for (const top of scanned) {
    for (const file of sourceFiles(path.join(root, top))) {
      const text = fs.readFileSync(file, 'utf8');
      if (fdxSchemaImport.test(text) || fdxPayloadType.test(text)) found.push(path.relative(root, file));
    }
  }
  return found;
}

describe('the FDX boundary', () => {
  it('the patterns catch what they are meant to catch', () => {
    expect(fdxSchemaImport.test("import type { FdxCustomer } from '@/lib/bank/fdx-account-schemas';")).toBe(true);
    expect(fdxSchemaImport.test("import { transformTransactionsPage } from '../bank/transform-transactions';")).toBe(true);
    expect(fdxPayloadType.test('const contacts = new Map<string, FdxAccountContact>();')).toBe(true);
    expect(fdxSchemaImport.test("import { createFdxClient } from '@/lib/bank/fdx-client';")).toBe(false);
  });

  it('no file outside lib/bank imports FDX schemas or names an FDX payload type', () => {
    expect(offenders()).toEqual([]);
  });
});
