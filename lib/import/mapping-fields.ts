import type { CsvColumn, CsvMapping } from './csv/csv-mapping';
import { checkMapping } from './csv/csv-mapping';
import { DATE_FORMATS } from './parse-date';

// The CSV mapping step's fields <-> a CsvMapping. The proposed (or saved) mapping travels as
// `base`, so settings the form does not show (header row, balance lines) are kept; the fields the
// person can change override it. A column is a header name, or a number for a file without one.

export const mappingFieldNames = ['base', 'date', 'amount', 'debit', 'credit', 'description', 'reference', 'dateFormat', 'decimalSeparator', 'sign', 'delimiter'] as const;
export type MappingFields = Record<(typeof mappingFieldNames)[number], string>;

const column = (text: string): CsvColumn | undefined => {
  const value = text.trim();
  if (!value) return undefined;
  return /^\d+$/.test(value) ? Number(value) : value;
};

export function mappingToFields(mapping: CsvMapping): MappingFields {
  const text = (c: CsvColumn | undefined) => (c === undefined ? '' : String(c));
  return {
    base: JSON.stringify(mapping),
    date: text(mapping.date),
    amount: text(mapping.amount),
    debit: text(mapping.debit),
    credit: text(mapping.credit),
    description: text(mapping.description),
    reference: text(mapping.reference),
    dateFormat: mapping.dateFormat,
    decimalSeparator: mapping.decimalSeparator,
    sign: mapping.sign,
    delimiter: mapping.delimiter === '\t' ? 'tab' : mapping.delimiter,
  };
}

export type MappingResult = { ok: true; mapping: CsvMapping } | { ok: false; message: string };

export function fieldsToMapping(fields: Partial<MappingFields>): MappingResult {
  let base: Partial<CsvMapping> = {};
  try {
    base = fields.base ? (JSON.parse(fields.base) as Partial<CsvMapping>) : {};
  } catch {
    base = {};
  }
  const date = column(fields.date ?? '');
  const description = column(fields.description ?? '');
  if (date === undefined) return { ok: false, message: 'Name the column that holds the date.' };
  if (description === undefined) return { ok: false, message: 'Name the column that holds the description.' };
  const dateFormat = fields.dateFormat === 'detect' || (DATE_FORMATS as readonly string[]).includes(fields.dateFormat ?? '') ? (fields.dateFormat as CsvMapping['dateFormat']) : 'detect';
  const delimiter = ({ ',': ',', ';': ';', tab: '\t', '|': '|' } as const)[fields.delimiter as ',' | ';' | 'tab' | '|'] ?? ',';
  const mapping: CsvMapping = {
    ...base,
    date,
    description,
    amount: column(fields.amount ?? ''),
    debit: column(fields.debit ?? ''),
    credit: column(fields.credit ?? ''),
    reference: column(fields.reference ?? ''),
    dateFormat,
    decimalSeparator: fields.decimalSeparator === ',' ? ',' : '.',
    sign: fields.sign === 'inverted' ? 'inverted' : 'normal',
    delimiter,
  };
  for (const key of ['amount', 'debit', 'credit', 'reference'] as const) if (mapping[key] === undefined) delete mapping[key];
  const problem = checkMapping(mapping);
  return problem ? { ok: false, message: problem } : { ok: true, mapping };
}
