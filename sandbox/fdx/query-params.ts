import { formatIsoDay, parseIsoDay } from '../data/calendar.js';
import { fdxErrors } from './fdx-error.js';

// Query parsing for FDX list endpoints. Bad input is a 400 FDX error, never a 500.

export const DEFAULT_TRANSACTION_LIMIT = 500;
export const MAX_TRANSACTION_LIMIT = 1_000;

export function readOffset(raw: unknown): number {
  if (raw === undefined || raw === '') return 0;
  if (typeof raw !== 'string' || !/^\d{1,9}$/.test(raw)) throw fdxErrors.invalidPaging('offset must be a value returned in page.nextOffset');
  return Number(raw);
}

export function readLimit(raw: unknown, defaultLimit: number, maxLimit: number): number {
  if (raw === undefined || raw === '') return defaultLimit;
  if (typeof raw !== 'string' || !/^\d{1,7}$/.test(raw)) throw fdxErrors.invalidPaging('limit must be a positive integer');
  const limit = Number(raw);
  if (limit < 1 || limit > maxLimit) throw fdxErrors.invalidPaging(`limit must be between 1 and ${maxLimit}`);
  return limit;
}

// FDX sends dates (YYYY-MM-DD); a full timestamp is accepted and truncated to its day.
export function readDay(raw: unknown, name: string): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(raw)) throw fdxErrors.invalidDate(name);
  const iso = raw.slice(0, 10);
  const day = parseIsoDay(iso);
  if (!Number.isFinite(day) || formatIsoDay(day) !== iso) throw fdxErrors.invalidDate(name);
  return day;
}
