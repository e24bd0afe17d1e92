import { parseAmountText, type DecimalSeparator } from '@/lib/money';
import { ImportError } from '../import-error';
import { parseDate, type DateFormat } from '../parse-date';
import type { ImportedRow } from '../types';
import type { CsvMapping, ResolvedColumns } from './csv-mapping';
import type { CsvRecord } from './read-csv-records';

// One CSV record → one row, or null for a balance line the mapping says to skip.

const exampleOf: Record<DecimalSeparator, string> = { '.': '1,234.56', ',': '1.234,56' };

function readAmount(text: string, line: number, mapping: CsvMapping): bigint {
  const amount = parseAmountText(text, { decimalSeparator: mapping.decimalSeparator, currency: mapping.currency });
  if (amount !== null) return amount;
  const other: DecimalSeparator = mapping.decimalSeparator === '.' ? ',' : '.';
  const hint = parseAmountText(text, { decimalSeparator: other, currency: mapping.currency }) !== null ? ` It reads as ${exampleOf[other]}: choose that amount format.` : '';
  throw new ImportError('amount_format', `"${text}" is not an amount in the format ${exampleOf[mapping.decimalSeparator]}.${hint}`, line);
}

function cell(record: CsvRecord, column: number | undefined): string | undefined {
  if (column === undefined) return undefined;
  const value = record.cells[column]?.trim();
  return value ? value : undefined;
}

/** Money in positive, money out negative: one signed column, or credit minus debit. */
function readSignedAmount(record: CsvRecord, columns: ResolvedColumns, mapping: CsvMapping): bigint | null {
  let amount: bigint;
  if (columns.amount !== undefined) {
    const text = cell(record, columns.amount);
    if (text === undefined) return null;
    amount = readAmount(text, record.line, mapping);
  } else {
    const debit = cell(record, columns.debit);
    const credit = cell(record, columns.credit);
    if (debit === undefined && credit === undefined) return null;
    const out = debit === undefined ? 0n : readAmount(debit, record.line, mapping);
    const into = credit === undefined ? 0n : readAmount(credit, record.line, mapping);
    // Some banks write debits as negative numbers, some as positive: a debit always takes money out.
    amount = into - (out < 0n ? -out : out);
  }
  return mapping.sign === 'inverted' ? -amount : amount;
}

export type RowContext = { columns: ResolvedColumns; mapping: CsvMapping; format: DateFormat; needed: number };

/** The context for a file: columns, mapping, date format, and how many cells a row must have. */
export function createRowContext(columns: ResolvedColumns, mapping: CsvMapping, format: DateFormat): RowContext {
  const needed = Math.max(...Object.values(columns).filter((c): c is number => c !== undefined)) + 1;
  return { columns, mapping, format, needed };
}

export function toImportedRow(record: CsvRecord, { columns, mapping, format, needed }: RowContext): ImportedRow | null {
  if (record.cells.length < needed) {
    throw new ImportError('malformed', `Expected at least ${needed} columns, found ${record.cells.length}; the file may be cut short.`, record.line);
  }
  const amountMinor = readSignedAmount(record, columns, mapping);
  if (amountMinor === null) {
    if (mapping.skipBlankAmounts) return null;
    throw new ImportError('amount_format', 'The row has no amount.', record.line);
  }
  const dateText = cell(record, columns.date) ?? '';
  const bookedOn = parseDate(dateText, format);
  if (!bookedOn) throw new ImportError('date_format', `"${dateText}" is not a date in the format ${format}.`, record.line);
  const payee = cell(record, columns.payee);
  const memo = cell(record, columns.memo);
  const row: ImportedRow = { line: record.line, bookedOn, amountMinor, description: cell(record, columns.description) ?? payee ?? memo ?? '' };
  if (payee) row.payee = payee;
  if (memo) row.memo = memo;
  const externalId = cell(record, columns.reference);
  if (externalId) row.externalId = externalId;
  const checkNumber = cell(record, columns.checkNumber);
  if (checkNumber) row.checkNumber = checkNumber;
  return row;
}
