import { isoDayFromParts } from '@/lib/dates';

// Calendar dates as bank files write them → 'YYYY-MM-DD'. The text is read as parts and checked as
// a calendar day, never through a local-time Date, so a date never shifts by a day.

export const DATE_FORMATS = ['MM/DD/YYYY', 'DD/MM/YYYY', 'DD.MM.YYYY', 'YYYY-MM-DD', 'M/D/YY', 'D/M/YY', 'DD.MM.YY', 'YYYYMMDD'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

type Order = 'MDY' | 'DMY' | 'YMD';
type Shape = { order: Order; yearDigits: 2 | 4; separators: string };

const shapes: Record<DateFormat, Shape> = {
  'MM/DD/YYYY': { order: 'MDY', yearDigits: 4, separators: '/-' },
  'DD/MM/YYYY': { order: 'DMY', yearDigits: 4, separators: '/-' },
  'DD.MM.YYYY': { order: 'DMY', yearDigits: 4, separators: '.' },
  'YYYY-MM-DD': { order: 'YMD', yearDigits: 4, separators: '-/.' },
  'M/D/YY': { order: 'MDY', yearDigits: 2, separators: '/-' },
  'D/M/YY': { order: 'DMY', yearDigits: 2, separators: '/-' },
  'DD.MM.YY': { order: 'DMY', yearDigits: 2, separators: '.' },
  YYYYMMDD: { order: 'YMD', yearDigits: 4, separators: '' },
};

// Three numbers and the separator between them; an optional time after the date is ignored.
const datePattern = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})(?:[ T]\d{1,2}:\d{2}.*)?$/;
const compactPattern = /^(\d{4})(\d{2})(\d{2})(?:[ T]?\d{4,6}.*)?$/;

/** POSIX's pivot for two-digit years: 69–99 are 19xx, 00–68 are 20xx. */
export function expandTwoDigitYear(year: number): number {
  return year >= 69 ? 1900 + year : 2000 + year;
}

/** 'YYYY-MM-DD', or null when the text is not a real date in that format. */
export function parseDate(text: string, format: DateFormat): string | null {
  const shape = shapes[format];
  const trimmed = text.trim();
  let year: string, month: string, day: string;
  if (shape.separators === '') {
    const match = compactPattern.exec(trimmed);
    if (!match) return null;
    [, year = '', month = '', day = ''] = match;
  } else {
    const match = datePattern.exec(trimmed);
    if (!match || !shape.separators.includes(match[2] ?? '')) return null;
    const [, a = '', , b = '', c = ''] = match;
    if (shape.order === 'YMD') [year, month, day] = [a, b, c];
    else if (shape.order === 'MDY') [month, day, year] = [a, b, c];
    else [day, month, year] = [a, b, c];
    if (shape.order !== 'YMD' && (a.length > 2 || b.length > 2)) return null;
  }
  if (year.length !== shape.yearDigits) return null;
  const fullYear = shape.yearDigits === 2 ? expandTwoDigitYear(Number(year)) : Number(year);
  return isoDayFromParts(fullYear, Number(month), Number(day));
}

export type DateFormatProposal =
  | { ok: true; format: DateFormat }
  | { ok: false; reason: 'none' | 'ambiguous'; candidates: DateFormat[]; example?: string };

/**
 * The one format that reads every sample. Refuses when none does, and when two read all of them
 * but disagree ("03/04/2026": March 4 or April 3) — guessing there would silently misdate rows.
 */
export function detectDateFormat(samples: Iterable<string>): DateFormatProposal {
  let candidates = [...DATE_FORMATS];
  let example: string | undefined;
  for (const sample of samples) {
    if (!sample.trim()) continue;
    candidates = candidates.filter((format) => parseDate(sample, format) !== null);
    if (candidates.length > 1) {
      const readings = new Set(candidates.map((format) => parseDate(sample, format)));
      if (readings.size > 1) example ??= sample.trim();
    }
  }
  if (candidates.length === 1 && candidates[0]) return { ok: true, format: candidates[0] };
  return { ok: false, reason: candidates.length === 0 ? 'none' : 'ambiguous', candidates, example };
}
