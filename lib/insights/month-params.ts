import { addMonths, currentMonth, isMonth, monthsBetween } from '@/lib/dates';

// The month (?month=YYYY-MM) and month range (?from=YYYY-MM&to=YYYY-MM) a page shows, read from
// its URL. Bad values never fail the page: they fall back to a sensible default and say so.
// `now` is passed in (pages read the clock once), so tests choose "today".

type Params = Record<string, string | string[] | undefined>;

function first(params: Params, key: string): string | null {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() || null;
}

export type MonthChoice = { month: string; error: string | null };

/** ?month=YYYY-MM, defaulting to the current month. */
export function parseMonthParam(params: Params, now: Date): MonthChoice {
  const requested = first(params, 'month');
  if (!requested) return { month: currentMonth(now), error: null };
  if (!isMonth(requested)) return { month: currentMonth(now), error: `"${requested.slice(0, 40)}" is not a month (use YYYY-MM); showing this month.` };
  return { month: requested, error: null };
}

export const MAX_REPORT_MONTHS = 36;

export type MonthRange = { from: string; to: string; months: string[]; error: string | null };

/** ?from=YYYY-MM&to=YYYY-MM, defaulting to the last six months; at most three years. */
export function parseMonthRange(params: Params, now: Date, defaultMonths = 6): MonthRange {
  const range = (from: string, to: string, error: string | null): MonthRange => ({ from, to, months: monthsBetween(from, to), error });
  const fallback = (error: string) => range(addMonths(currentMonth(now), -(defaultMonths - 1)), currentMonth(now), error);
  const to = first(params, 'to') ?? currentMonth(now);
  const from = first(params, 'from') ?? (isMonth(to) ? addMonths(to, -(defaultMonths - 1)) : to);
  if (!isMonth(from) || !isMonth(to)) return fallback(`Choose real months (YYYY-MM). Showing the last ${defaultMonths} months.`);
  if (from > to) return fallback(`The start month is after the end month. Showing the last ${defaultMonths} months.`);
  const earliest = addMonths(to, -(MAX_REPORT_MONTHS - 1));
  if (from < earliest) return range(earliest, to, `A report covers at most ${MAX_REPORT_MONTHS} months; showing the last ${MAX_REPORT_MONTHS} months of that range.`);
  return range(from, to, null);
}
