import { DEFAULT_BATCH_SIZE, type ImportedRow } from './types';

/** Groups rows into arrays of at most `size`, so a 200k-row file is held 1,000 rows at a time. */
export async function* batchRows(rows: AsyncIterable<ImportedRow>, size = DEFAULT_BATCH_SIZE): AsyncGenerator<ImportedRow[]> {
  let batch: ImportedRow[] = [];
  for await (const row of rows) {
    batch.push(row);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
