import type { DecimalSeparator } from '@/lib/money';
import type { DateFormat } from '../parse-date';
import type { SignConvention } from '../types';

// How a CSV's columns become our row. Plain data, so it can be saved per account and reused for
// the next file from the same bank.

/** A header name (matched trimmed and case-insensitively) or a 0-based column index. */
export type CsvColumn = string | number;

export type CsvMapping = {
  date: CsvColumn;
  /** One signed amount column, or a debit column and a credit column. */
  amount?: CsvColumn;
  debit?: CsvColumn;
  credit?: CsvColumn;
  description: CsvColumn;
  payee?: CsvColumn;
  memo?: CsvColumn;
  /** The bank's id for the row; becomes externalId and drives the first dedupe rule. */
  reference?: CsvColumn;
  checkNumber?: CsvColumn;
  /** Accepted so a saved mapping can name it; the running balance is not imported. */
  balance?: CsvColumn;
  /** 'detect' reads the first rows and refuses when they fit more than one format. */
  dateFormat: DateFormat | 'detect';
  decimalSeparator: DecimalSeparator;
  sign: SignConvention;
  delimiter: ',' | ';' | '\t' | '|';
  /** For index columns only: whether the first row is a header (names always mean there is one). */
  header?: 'auto' | boolean;
  /** Rows with no amount at all are balance lines (Bank of America's "Beginning balance"), not errors. */
  skipBlankAmounts?: boolean;
  currency?: string;
};

export type ResolvedColumns = {
  date: number;
  amount?: number;
  debit?: number;
  credit?: number;
  description: number;
  payee?: number;
  memo?: number;
  reference?: number;
  checkNumber?: number;
};

const optionalKeys = ['amount', 'debit', 'credit', 'payee', 'memo', 'reference', 'checkNumber'] as const;

export function normaliseHeader(cell: string): string {
  return cell.trim().toLowerCase().replace(/\s+/g, ' ');
}

export function usesHeaderNames(mapping: CsvMapping): boolean {
  return [mapping.date, mapping.description, ...optionalKeys.map((key) => mapping[key])].some((c) => typeof c === 'string');
}

/** Column indexes for a mapping, given the header row (null when the file has none); null when a named column is missing. */
export function resolveColumns(mapping: CsvMapping, header: string[] | null): ResolvedColumns | null {
  const names = header?.map(normaliseHeader);
  const find = (column: CsvColumn | undefined): number | undefined | null => {
    if (column === undefined) return undefined;
    if (typeof column === 'number') return column;
    const at = names?.indexOf(normaliseHeader(column)) ?? -1;
    return at === -1 ? null : at;
  };
  const date = find(mapping.date);
  const description = find(mapping.description);
  if (date === null || date === undefined || description === null || description === undefined) return null;
  const resolved: ResolvedColumns = { date, description };
  for (const key of optionalKeys) {
    const at = find(mapping[key]);
    if (at === null) return null;
    if (at !== undefined) resolved[key] = at;
  }
  return resolved;
}

/** What is wrong with a mapping before any row is read, or null. */
export function checkMapping(mapping: CsvMapping): string | null {
  const hasAmount = mapping.amount !== undefined;
  const hasSplit = mapping.debit !== undefined || mapping.credit !== undefined;
  if (hasAmount === hasSplit) return 'Choose either one amount column or a debit and a credit column.';
  if (hasSplit && (mapping.debit === undefined || mapping.credit === undefined)) return 'Choose both the debit and the credit column.';
  return null;
}
