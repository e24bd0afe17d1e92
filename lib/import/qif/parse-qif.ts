import { parseAmountText, type DecimalSeparator } from '@/lib/money';
import { batchRows } from '../batch-rows';
import { decodeText } from '../decode-text';
import { ImportError } from '../import-error';
import { readBytes } from '../read-bytes';
import { readLines } from '../read-lines';
import { takeSample } from '../take-sample';
import type { ByteSource, ImportedRow, ReadOptions, SignConvention } from '../types';
import { detectQifDateOrder, parseQifDate, type QifDateOrder } from './qif-dates';
import { readQifRecords, type QifRecord } from './read-qif-records';

// Quicken Interchange Format → our rows for one account.

export type QifOptions = ReadOptions & {
  /** Omit to detect from the first records; refused when they fit more than one order. */
  dateOrder?: QifDateOrder;
  decimalSeparator?: DecimalSeparator;
  currency?: string;
  sign?: SignConvention;
};

const SAMPLE_RECORDS = 200;

async function resolveOrder(records: AsyncGenerator<QifRecord>, order: QifDateOrder | undefined) {
  if (order) return { order, records };
  const { sample, all } = await takeSample(records, SAMPLE_RECORDS);
  const proposal = detectQifDateOrder(sample.flatMap((r) => r.fields.get('D') ?? []));
  if (!proposal.ok && sample.length > 0) {
    const detail = proposal.candidates.length === 0
      ? 'The dates are in no order we know (month/day/year, day/month/year, year-month-day).'
      : `The dates fit more than one order (${proposal.candidates.join(' or ')})${proposal.example ? `: "${proposal.example}" reads differently in each` : ''}. Choose the date format.`;
    throw new ImportError('date_format', detail, sample[0]?.line);
  }
  return { order: proposal.ok ? proposal.order : 'MDY', records: all };
}

function toRow(record: QifRecord, order: QifDateOrder, options: QifOptions): ImportedRow {
  const { fields, line } = record;
  const dateText = fields.get('D');
  if (!dateText) throw new ImportError('malformed', 'The record has no date (D line).', line);
  const bookedOn = parseQifDate(dateText, order);
  if (!bookedOn) throw new ImportError('date_format', `"${dateText}" is not a date in ${order} order.`, line);
  const amountText = fields.get('T') ?? fields.get('U');
  if (amountText === undefined) throw new ImportError('malformed', 'The record has no amount (T line).', line);
  const separator = options.decimalSeparator ?? '.';
  const amount = parseAmountText(amountText, { decimalSeparator: separator, currency: options.currency });
  if (amount === null) throw new ImportError('amount_format', `"${amountText}" is not an amount in the format ${separator === '.' ? '1,234.56' : '1.234,56'}.`, line);
  const payee = fields.get('P') || undefined;
  const memo = fields.get('M') || undefined;
  const row: ImportedRow = { line, bookedOn, amountMinor: options.sign === 'inverted' ? -amount : amount, description: payee ?? memo ?? '' };
  if (payee) row.payee = payee;
  if (memo) row.memo = memo;
  // N holds a check number, or words like "ATM"/"DEP"/"EFT" that are a type, not a number.
  const number = fields.get('N');
  if (number && /^\d+$/.test(number)) row.checkNumber = number;
  return row;
}

async function* readRows(source: ByteSource, options: QifOptions): AsyncGenerator<ImportedRow> {
  const lines = readLines(decodeText(readBytes(source, options.maxBytes), { forced: options.encoding }));
  const { order, records } = await resolveOrder(readQifRecords(lines), options.dateOrder);
  let account: string | undefined;
  let first = true;
  for await (const record of records) {
    if (first) account = record.account;
    else if (record.account !== account) {
      throw new ImportError('wrong_account', `The file holds more than one account ("${account ?? 'unnamed'}", "${record.account ?? 'unnamed'}"); export one account at a time.`, record.line);
    }
    first = false;
    yield toRow(record, order, options);
  }
}

export function parseQif(source: ByteSource, options: QifOptions = {}): AsyncGenerator<ImportedRow[]> {
  return batchRows(readRows(source, options), options.batchSize);
}
