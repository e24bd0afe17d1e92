import { ImportError } from '../import-error';
import { detectDateFormat, type DateFormat } from '../parse-date';
import { takeSample } from '../take-sample';
import type { CsvRecord } from './read-csv-records';

// 'detect' looks at the dates of the first rows — a bounded buffer, never the whole file — and
// settles on the one format that reads them all.

const SAMPLE_ROWS = 200;

export async function resolveDateFormat(
  records: AsyncGenerator<CsvRecord>,
  dateColumn: number,
  format: DateFormat | 'detect',
): Promise<{ format: DateFormat; records: AsyncGenerator<CsvRecord> }> {
  if (format !== 'detect') return { format, records };
  const { sample, all } = await takeSample(records, SAMPLE_ROWS);
  if (sample.length === 0) return { format: 'YYYY-MM-DD', records: all };
  const proposal = detectDateFormat(sample.map((record) => record.cells[dateColumn] ?? ''));
  if (!proposal.ok) {
    const line = sample[0]?.line;
    if (proposal.reason === 'none') throw new ImportError('date_format', 'The dates are in no format we know; choose the date format.', line);
    throw new ImportError(
      'date_format',
      `The dates fit more than one format (${proposal.candidates.join(' or ')})${proposal.example ? `: "${proposal.example}" reads differently in each` : ''}. Choose the date format.`,
      line,
    );
  }
  return { format: proposal.format, records: all };
}
