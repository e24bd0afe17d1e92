import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { ImportError } from '../import-error';
import type { ImportedRow } from '../types';

// Tests read fixtures as Node streams in small chunks, so chunk boundaries fall mid-tag and mid-line.

const fixturesDir = path.join(import.meta.dirname, '..', 'fixtures');

export function openFixture(name: string, highWaterMark = 64): AsyncIterable<Uint8Array> {
  return createReadStream(path.join(fixturesDir, name), { highWaterMark });
}

export function readFixture(name: string): Buffer {
  return readFileSync(path.join(fixturesDir, name));
}

/** Test-only: small files into one array. */
export async function collectRows(batches: AsyncIterable<ImportedRow[]>): Promise<ImportedRow[]> {
  const rows: ImportedRow[] = [];
  for await (const batch of batches) rows.push(...batch);
  return rows;
}

/** The ImportError a parse ends with (fails the test when it succeeds or throws anything else). */
export async function importErrorOf(batches: AsyncIterable<ImportedRow[]>): Promise<ImportError> {
  try {
    await collectRows(batches);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected the import to fail');
}

/** Date, amount and description of each row: what a person checks on a statement. */
export function summarise(rows: ImportedRow[]): [string, bigint, string][] {
  return rows.map((row) => [row.bookedOn, row.amountMinor, row.description]);
}
