import { Readable, pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { ImportError } from '../import-error';

// Text chunks → CSV records with their line numbers, through csv-parse's streaming parser.
// Quoting errors become ImportErrors with the line csv-parse stopped at.

export type CsvRecord = { cells: string[]; line: number };

type ParsedRecord = { record: string[]; info: { lines: number } };

export async function* readCsvRecords(text: AsyncIterable<string>, delimiter: string): AsyncGenerator<CsvRecord> {
  const parser = parse({ delimiter, info: true, relax_column_count: true, skip_empty_lines: true, bom: true });
  // pipeline forwards a failure of the source (too large, bad encoding) into the parser, and a
  // consumer that stops early tears the source down.
  pipeline(Readable.from(text), parser, () => {});
  try {
    for await (const parsed of parser as AsyncIterable<ParsedRecord>) {
      yield { cells: parsed.record, line: parsed.info.lines };
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error.lines === 'number' ? error.lines : undefined;
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      throw new ImportError('truncated', 'A quoted field is never closed; the file may be cut short.', line, { cause: error });
    }
    throw new ImportError('malformed', `This is not valid CSV (${error.message.replace(/^Invalid [^:]*: /, '')}).`, line, { cause: error });
  }
}
