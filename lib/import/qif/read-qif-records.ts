import { ImportError } from '../import-error';
import type { NumberedLine } from '../read-lines';

// QIF lines → transaction records of the bank-like sections (Bank, CCard, Cash, Oth A/L). Lists of
// categories, classes and memorised payees are skipped; investment accounts are refused.

export type QifRecord = { line: number; fields: Map<string, string>; account?: string };

const transactionTypes = new Set(['bank', 'ccard', 'cash', 'oth a', 'oth l']);
const listTypes = new Set(['cat', 'class', 'memorized', 'prices', 'security', 'payee']);

type Section = 'transactions' | 'list' | 'account' | 'none';

function sectionOf(header: string, line: number): Section {
  const lower = header.toLowerCase();
  if (lower.startsWith('!option') || lower.startsWith('!clear')) return 'none';
  if (lower === '!account') return 'account';
  const type = /^!type:\s*(.+)$/.exec(lower)?.[1]?.trim();
  if (type && transactionTypes.has(type)) return 'transactions';
  if (type && listTypes.has(type)) return 'list';
  if (type === 'invst') throw new ImportError('unsupported', 'Investment account files (!Type:Invst) are not supported.', line);
  throw new ImportError('unsupported', `"${header}" is not a QIF section we can import.`, line);
}

export async function* readQifRecords(lines: AsyncIterable<NumberedLine>): AsyncGenerator<QifRecord> {
  let section: Section | null = null;
  let account: string | undefined;
  let accountName: string | undefined;
  let record: QifRecord | null = null;
  for await (const { text, line } of lines) {
    const trimmed = text.trim();
    if (!trimmed) continue;
    if (trimmed.startsWith('!')) {
      if (record) throw new ImportError('malformed', 'A section starts before the previous record ended with "^".', line);
      const next = sectionOf(trimmed, line);
      if (next !== 'none') section = next;
      continue;
    }
    if (section === null) throw new ImportError('malformed', 'This is not a QIF file (it does not start with a "!Type:" line).', line);
    if (trimmed === '^') {
      if (section === 'account') account = accountName;
      if (section === 'transactions' && record) yield record;
      record = null;
      accountName = undefined;
      continue;
    }
    const code = trimmed[0] ?? '';
    const value = trimmed.slice(1).trim();
    if (section === 'account') {
      if (code === 'N') accountName = value;
      continue;
    }
    record ??= { line, fields: new Map(), account };
    // Split lines (S, E, $, %) repeat per split; the record's own T is the total we keep.
    if (!record.fields.has(code)) record.fields.set(code, value);
  }
  if (record && section === 'transactions') throw new ImportError('truncated', 'The file ends in the middle of a record (no closing "^"); it may be cut short.', record.line);
}
