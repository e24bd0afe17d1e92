import { isoDayFromParts } from '@/lib/dates';
import { expandTwoDigitYear } from '../parse-date';

// QIF dates: 11/30/2026, 11/30'26 (Quicken's apostrophe means 20xx), 30.11.26, 2026-11-30, with
// stray spaces (" 1/ 5'26"). Day and month order is not in the file, so it is chosen or detected.

export type QifDateOrder = 'MDY' | 'DMY' | 'YMD';
export const QIF_DATE_ORDERS: readonly QifDateOrder[] = ['MDY', 'DMY', 'YMD'];

const qifDatePattern = /^(\d{1,4})\s*[/.-]\s*(\d{1,2})\s*(['/.-])\s*(\d{1,4})$/;

export function parseQifDate(text: string, order: QifDateOrder): string | null {
  const match = qifDatePattern.exec(text.replace(/\s+/g, ' ').trim());
  if (!match) return null;
  const [, a = '', b = '', separator, c = ''] = match;
  const [yearText, month, day] = order === 'YMD' ? [a, b, c] : order === 'MDY' ? [c, a, b] : [c, b, a];
  if (order === 'YMD' ? a.length !== 4 : a.length > 2 || !(c.length === 2 || c.length === 4)) return null;
  const year = yearText.length === 4 ? Number(yearText) : separator === "'" ? 2000 + Number(yearText) : expandTwoDigitYear(Number(yearText));
  return isoDayFromParts(year, Number(month), Number(day));
}

export type QifOrderProposal = { ok: true; order: QifDateOrder } | { ok: false; candidates: QifDateOrder[]; example?: string };

/** The one order that reads every sample date, or the candidates left when that is not one. */
export function detectQifDateOrder(samples: Iterable<string>): QifOrderProposal {
  let candidates = [...QIF_DATE_ORDERS];
  let example: string | undefined;
  for (const sample of samples) {
    candidates = candidates.filter((order) => parseQifDate(sample, order) !== null);
    if (new Set(candidates.map((order) => parseQifDate(sample, order))).size > 1) example ??= sample.trim();
  }
  return candidates.length === 1 && candidates[0] ? { ok: true, order: candidates[0] } : { ok: false, candidates, example };
}
