// Months are "YYYY-MM" strings everywhere in budgeting: they sort, compare and key maps without
// time zones. Transactions carry bookedOn at UTC midnight, so a month is a UTC date range.

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  const match = monthPattern.exec(value);
  return Boolean(match && Number(match[1]) >= 1970 && Number(match[1]) <= 2200);
}

export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

export function currentMonth(now = new Date()): string {
  return monthOf(now);
}

export function addMonths(month: string, delta: number): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (mon - 1) + delta;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function monthStart(month: string): Date {
  return new Date(`${month}-01T00:00:00.000Z`);
}

/** [start, end) of a month as UTC dates. */
export function monthRange(month: string): { start: Date; end: Date } {
  return { start: monthStart(month), end: monthStart(addMonths(month, 1)) };
}

/** Inclusive list from → to (empty when from > to). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to && months.length < 1200; month = addMonths(month, 1)) months.push(month);
  return months;
}

export function formatMonth(month: string, style: 'long' | 'short' = 'long'): string {
  return monthStart(month).toLocaleDateString('en-US', { month: style, year: 'numeric', timeZone: 'UTC' });
}
