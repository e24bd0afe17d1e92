// The one home for dates in Cashlens. Bank days are date-only values: "YYYY-MM-DD" strings, held
// in the database as UTC midnight. Months are "YYYY-MM" strings: they sort, compare and key maps
// without time zones. All arithmetic here is plain UTC, so daylight saving never moves a day.
// Date-times (sync runs, alerts, report creation) are instants, shown in one stated display zone.

const MS_PER_DAY = 86_400_000;

const isoDayPattern = /^\d{4}-\d{2}-\d{2}$/;
const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

// --- Days -----------------------------------------------------------------------------------

/** "2026-02-30" is not a day: the round trip through Date must give the same day back. */
export function tryParseIsoDay(value: string): Date | null {
  if (!isoDayPattern.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? date : null;
}

/** "YYYY-MM-DD" → that day's UTC midnight; a RangeError naming the value for anything else. */
export function parseIsoDay(value: string): Date {
  const date = tryParseIsoDay(value);
  if (!date) throw new RangeError(`not a calendar day (YYYY-MM-DD): "${value}"`);
  return date;
}

export function isIsoDay(value: string): boolean {
  return tryParseIsoDay(value) !== null;
}

/** The UTC calendar day of an instant, "YYYY-MM-DD". */
export function toIsoDay(date: Date): string {
  return requireValid(date).toISOString().slice(0, 10);
}

/** UTC midnight of the day an instant falls on. */
export function startOfDay(date: Date): Date {
  return new Date(Math.floor(requireValid(date).getTime() / MS_PER_DAY) * MS_PER_DAY);
}

/** An instant moved by whole days (negative goes back); UTC days are always 24 hours. */
export function addDays(date: Date, days: number): Date {
  return new Date(requireValid(date).getTime() + days * MS_PER_DAY);
}

export function addIsoDays(day: string, days: number): string {
  return toIsoDay(addDays(parseIsoDay(day), days));
}

/** Days since 1970-01-01 of a bank day (or of an instant's UTC day): consecutive days differ by 1. */
export function toDayNumber(day: string | Date): number {
  const date = typeof day === 'string' ? parseIsoDay(day) : requireValid(day);
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/** Whole calendar days from one day to another (negative when `to` is earlier). */
export function daysBetween(from: string | Date, to: string | Date): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Milliseconds in a number of days, for windows measured on raw timestamps. */
export function daysToMs(days: number): number {
  return days * MS_PER_DAY;
}

export function minDay(...days: (string | null | undefined)[]): string | null {
  const present = days.filter((day): day is string => !!day);
  return present.length === 0 ? null : present.reduce((a, b) => (a < b ? a : b));
}

export function maxDay(...days: (string | null | undefined)[]): string | null {
  const present = days.filter((day): day is string => !!day);
  return present.length === 0 ? null : present.reduce((a, b) => (a > b ? a : b));
}

// --- Months ---------------------------------------------------------------------------------

export function isMonth(value: string): boolean {
  const match = monthPattern.exec(value);
  return Boolean(match && Number(match[1]) >= 1970 && Number(match[1]) <= 2200);
}

function parseMonth(month: string): [year: number, month: number] {
  const match = monthPattern.exec(month);
  if (!match) throw new RangeError(`not a month (YYYY-MM): "${month}"`);
  return [Number(match[1]), Number(match[2])];
}

/** The UTC month of an instant, "YYYY-MM". */
export function monthOf(date: Date): string {
  return toIsoDay(date).slice(0, 7);
}

export function currentMonth(now = new Date()): string {
  return monthOf(now);
}

export function addMonths(month: string, delta: number): string {
  const [year, mon] = parseMonth(month);
  const index = year * 12 + (mon - 1) + delta;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function monthStart(month: string): Date {
  const [year, mon] = parseMonth(month);
  return new Date(Date.UTC(year, mon - 1, 1));
}

export function daysInMonth(month: string): number {
  const [year, mon] = parseMonth(month);
  return new Date(Date.UTC(year, mon, 0)).getUTCDate();
}

/** 'YYYY-MM-DD' for a real calendar day given as numbers, otherwise null (2026-02-29, month 13). */
export function isoDayFromParts(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  const monthKey = `${year}-${String(month).padStart(2, '0')}`;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(monthKey)) return null;
  return `${monthKey}-${String(day).padStart(2, '0')}`;
}

/** The month's last day ("2028-02" → "2028-02-29"). */
export function monthEnd(month: string): string {
  return `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
}

/** Day `day` of a month, clamped to the month's length (the 31st of February is its last day). */
export function dayOfMonth(month: string, day: number): Date {
  const [year, mon] = parseMonth(month);
  return new Date(Date.UTC(year, mon - 1, Math.min(Math.max(1, day), daysInMonth(month))));
}

/** [start, end) of a month as UTC dates. */
export function monthRange(month: string): { start: Date; end: Date } {
  return { start: monthStart(month), end: monthStart(addMonths(month, 1)) };
}

/** Inclusive list from → to (empty when from > to), at most a hundred years. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to && months.length < 1200; month = addMonths(month, 1)) months.push(month);
  return months;
}

// --- Display --------------------------------------------------------------------------------

// The zone date-times are shown in. NEXT_PUBLIC_ because client components format sync times
// too: Next.js inlines it into the browser bundle at build time, so server and browser agree.
// An unknown zone stops start-up here (Intl throws a RangeError naming it).
export const DISPLAY_TIME_ZONE = process.env.NEXT_PUBLIC_DISPLAY_TIME_ZONE?.trim() || 'UTC';

// Bank days are dates, not instants: always read in UTC, whatever the display zone.
const dayFormat = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const zonedDayFormat = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', year: 'numeric', timeZone: DISPLAY_TIME_ZONE });
const timeFormat = new Intl.DateTimeFormat('en-US', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: DISPLAY_TIME_ZONE });
const monthFormats = {
  long: new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  short: new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

/** "30 Nov 2026": day first, short month, no zone (a bank day is the same everywhere). */
export function formatDate(value: Date | string): string {
  return dayMonthYear(dayFormat, toDate(value));
}

/** "30 Nov 2026, 14:05 UTC": an instant in the display zone, which is always named. */
export function formatDateTime(value: Date | string): string {
  const date = toDate(value);
  return `${dayMonthYear(zonedDayFormat, date)}, ${timeFormat.format(date)} ${DISPLAY_TIME_ZONE}`;
}

/** "2026-11" → "November 2026" (or "Nov 2026"). */
export function formatMonth(month: string, style: 'long' | 'short' = 'long'): string {
  return monthFormats[style].format(monthStart(month));
}

function dayMonthYear(format: Intl.DateTimeFormat, date: Date): string {
  const parts = format.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('year')}`;
}

/** A Date, a "YYYY-MM-DD" day or a full ISO timestamp (as stored in JSON snapshots). */
function toDate(value: Date | string): Date {
  if (typeof value !== 'string') return requireValid(value);
  if (isoDayPattern.test(value)) return parseIsoDay(value);
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: "${value}"`);
  return date;
}

function requireValid(date: Date): Date {
  if (Number.isNaN(date.getTime())) throw new RangeError('not a valid date (Invalid Date)');
  return date;
}
