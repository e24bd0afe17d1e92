import { batchRows } from '../batch-rows';
import { decodeText } from '../decode-text';
import { ImportError } from '../import-error';
import { DATE_FORMATS, parseDate, type DateFormat } from '../parse-date';
import { readBytes } from '../read-bytes';
import type { ByteSource, ImportedRow, ReadOptions } from '../types';
import { checkMapping, resolveColumns, usesHeaderNames, type CsvMapping, type ResolvedColumns } from './csv-mapping';
import { readCsvRecords, type CsvRecord } from './read-csv-records';
import { resolveDateFormat } from './resolve-date-format';
import { createRowContext, toImportedRow } from './to-imported-row';

// A CSV export → batches of our rows, for one account. Rows are read, checked and converted one at
// a time; the first bad row stops the import with its line number (see README: all or nothing).

const MAX_PREAMBLE_ROWS = 50;

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

function looksLikeDate(cell: string, format: DateFormat | 'detect'): boolean {
  const formats = format === 'detect' ? DATE_FORMATS : [format];
  return formats.some((f) => parseDate(cell, f) !== null);
}

type Located = { columns: ResolvedColumns; firstRecord?: CsvRecord };

/** Reads past preamble lines and the header row; returns the column indexes and, when there is no header, the first data record. */
async function locateColumns(records: AsyncIterator<CsvRecord>, mapping: CsvMapping): Promise<Located | null> {
  for (let seen = 0; seen < MAX_PREAMBLE_ROWS; ) {
    const next = await records.next();
    if (next.done) return null;
    const record = next.value;
    if (isBlank(record.cells)) continue;
    seen++;
    if (usesHeaderNames(mapping)) {
      const columns = resolveColumns(mapping, record.cells);
      if (columns) return { columns };
      continue;
    }
    const columns = resolveColumns(mapping, null);
    if (!columns) throw new ImportError('mapping', 'The column mapping is incomplete.');
    const isHeader = mapping.header === 'auto' || mapping.header === undefined ? !looksLikeDate(record.cells[columns.date] ?? '', mapping.dateFormat) : mapping.header;
    return isHeader ? { columns } : { columns, firstRecord: record };
  }
  const names = [mapping.date, mapping.amount ?? mapping.debit, mapping.credit, mapping.description].filter((c) => typeof c === 'string');
  throw new ImportError('mapping', `No header row with the columns ${names.map((n) => `"${n}"`).join(', ')} in the first ${MAX_PREAMBLE_ROWS} lines.`);
}

async function* continueRecords(records: AsyncIterator<CsvRecord>, first: CsvRecord | undefined): AsyncGenerator<CsvRecord> {
  if (first) yield first;
  for (let next = await records.next(); !next.done; next = await records.next()) {
    if (!isBlank(next.value.cells)) yield next.value;
  }
}

async function* readRows(source: ByteSource, mapping: CsvMapping, options: ReadOptions): AsyncGenerator<ImportedRow> {
  const problem = checkMapping(mapping);
  if (problem) throw new ImportError('mapping', problem);
  const text = decodeText(readBytes(source, options.maxBytes), { forced: options.encoding });
  const records = readCsvRecords(text, mapping.delimiter);
  try {
    const located = await locateColumns(records, mapping);
    if (!located) {
      if (usesHeaderNames(mapping)) throw new ImportError('mapping', 'The file has no header row with the mapped columns.');
      return;
    }
    const dataRecords = continueRecords(records, located.firstRecord);
    const { format, records: dated } = await resolveDateFormat(dataRecords, located.columns.date, mapping.dateFormat);
    const context = createRowContext(located.columns, mapping, format);
    for await (const record of dated) {
      const row = toImportedRow(record, context);
      if (row) yield row;
    }
  } finally {
    await records.return(undefined);
  }
}

export function parseCsv(source: ByteSource, mapping: CsvMapping, options: ReadOptions = {}): AsyncGenerator<ImportedRow[]> {
  return batchRows(readRows(source, mapping, options), options.batchSize);
}
