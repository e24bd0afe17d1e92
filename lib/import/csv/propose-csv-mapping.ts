import { CsvError, parse } from 'csv-parse/sync';
import { parseAmountText, type DecimalSeparator } from '@/lib/money';
import { detectDateFormat } from '../parse-date';
import { normaliseHeader, type CsvMapping } from './csv-mapping';

// A first guess at the mapping from the first lines of a file: the known bank layouts by their
// exact header, then a generic layout from header words. The person confirms it before importing.

export type CsvLayout = 'chase-checking' | 'chase-card' | 'bofa-checking' | 'generic';
export type CsvProposal = { layout: CsvLayout; mapping: CsvMapping; note?: string };

const base = { decimalSeparator: '.', sign: 'normal', delimiter: ',' } as const;

const knownLayouts: { layout: CsvLayout; header: string; mapping: CsvMapping }[] = [
  {
    layout: 'chase-checking',
    header: 'Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #',
    mapping: { ...base, date: 'Posting Date', amount: 'Amount', description: 'Description', balance: 'Balance', checkNumber: 'Check or Slip #', dateFormat: 'MM/DD/YYYY' },
  },
  {
    // Chase cards write purchases negative and payments positive, which is already our sign. The
    // post date is what the bank feed books on, so a file and a sync agree.
    layout: 'chase-card',
    header: 'Transaction Date,Post Date,Description,Category,Type,Amount,Memo',
    mapping: { ...base, date: 'Post Date', amount: 'Amount', description: 'Description', memo: 'Memo', dateFormat: 'MM/DD/YYYY' },
  },
  {
    layout: 'bofa-checking',
    header: 'Date,Description,Amount,Running Bal.',
    mapping: { ...base, date: 'Date', amount: 'Amount', description: 'Description', balance: 'Running Bal.', dateFormat: 'MM/DD/YYYY', skipBlankAmounts: true },
  },
];

const words = {
  date: ['date', 'posting date', 'posted date', 'transaction date', 'booking date', 'value date', 'datum', 'buchungstag'],
  amount: ['amount', 'amount (usd)', 'betrag', 'montant', 'importe'],
  debit: ['debit', 'debits', 'withdrawal', 'withdrawals', 'money out', 'paid out', 'soll'],
  credit: ['credit', 'credits', 'deposit', 'deposits', 'money in', 'paid in', 'haben'],
  description: ['description', 'details', 'narrative', 'transaction details', 'name', 'payee', 'verwendungszweck', 'libellé'],
  memo: ['memo', 'notes', 'note'],
  reference: ['reference', 'ref', 'transaction id', 'id', 'fitid'],
  checkNumber: ['check number', 'check #', 'cheque number', 'check or slip #'],
} as const;

/** The delimiter that splits the first non-empty line into the most cells. */
function detectDelimiter(head: string): CsvMapping['delimiter'] {
  const firstLines = head.split(/\r?\n/).filter((l) => l.trim()).slice(0, 20);
  const score = (d: string) => Math.max(0, ...firstLines.map((l) => l.split(d).length - 1));
  const candidates = [',', ';', '\t', '|'] as const;
  return candidates.reduce((best, d) => (score(d) > score(best) ? d : best), candidates[0]);
}

function detectDecimalSeparator(samples: string[]): DecimalSeparator {
  const reads = (separator: DecimalSeparator) => samples.filter((s) => parseAmountText(s, { decimalSeparator: separator }) !== null).length;
  return reads(',') > reads('.') ? ',' : '.';
}

function proposeGeneric(header: string[], rows: string[][], delimiter: CsvMapping['delimiter']): CsvMapping | null {
  const names = header.map(normaliseHeader);
  const find = (options: readonly string[]) => header[names.findIndex((n) => options.includes(n))];
  const date = find(words.date);
  const description = find(words.description);
  const amount = find(words.amount);
  const debit = find(words.debit);
  const credit = find(words.credit);
  if (!date || !description || !(amount || (debit && credit))) return null;
  const column = (name: string) => names.indexOf(normaliseHeader(name));
  const amountCells = rows.flatMap((r) => (amount ? [r[column(amount)] ?? ''] : [r[column(debit ?? '')] ?? '', r[column(credit ?? '')] ?? ''])).filter((c) => c.trim());
  const dates = detectDateFormat(rows.map((r) => r[column(date)] ?? ''));
  const mapping: CsvMapping = {
    date,
    description,
    ...(amount ? { amount } : { debit, credit }),
    dateFormat: dates.ok ? dates.format : 'detect',
    decimalSeparator: detectDecimalSeparator(amountCells),
    sign: 'normal',
    delimiter,
  };
  const memo = find(words.memo);
  const reference = find(words.reference);
  const checkNumber = find(words.checkNumber);
  if (memo && memo !== description) mapping.memo = memo;
  if (reference) mapping.reference = reference;
  if (checkNumber) mapping.checkNumber = checkNumber;
  return mapping;
}

/** The first rows of the head; a row the head cuts short (or a broken quote) ends them. */
function parseHead(head: string, delimiter: string, toLine = 60): string[][] {
  const options = { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, to_line: toLine, bom: true };
  try {
    return parse(head, options) as string[][];
  } catch (error) {
    const line = error instanceof CsvError && typeof error.lines === 'number' ? error.lines : 0;
    return line > 1 && line - 1 < toLine ? parseHead(head, delimiter, line - 1) : [];
  }
}

/** A proposal from the first few kilobytes of text, or null when no header is recognisable. */
export function proposeCsvMapping(head: string): CsvProposal | null {
  const delimiter = detectDelimiter(head);
  const rows = parseHead(head, delimiter);
  for (const [index, row] of rows.entries()) {
    const joined = row.map((c) => c.trim()).filter(Boolean).join(',');
    const known = knownLayouts.find((k) => normaliseHeader(k.header) === normaliseHeader(joined));
    if (known) return { layout: known.layout, mapping: known.mapping };
    const generic = proposeGeneric(row, rows.slice(index + 1, index + 41), delimiter);
    if (generic) {
      const note = generic.dateFormat === 'detect' ? 'The first rows fit more than one date format; choose it.' : undefined;
      return { layout: 'generic', mapping: generic, note };
    }
  }
  return null;
}
