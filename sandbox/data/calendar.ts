// Days are whole UTC days counted from 1970-01-01. Generation works on day
// numbers so that "which transactions exist on day N" is a pure function.

export const MS_PER_DAY = 86_400_000;

export function toDayNumber(date: Date): number {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

export function parseIsoDay(iso: string): number {
  return toDayNumber(new Date(`${iso}T00:00:00.000Z`));
}

export function fromDayNumber(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

export function formatIsoDay(day: number): string {
  return fromDayNumber(day).toISOString().slice(0, 10);
}

export function formatTimestamp(day: number, secondOfDay: number): string {
  return new Date(day * MS_PER_DAY + secondOfDay * 1000).toISOString();
}

export function compactDay(day: number): string {
  return formatIsoDay(day).replaceAll('-', '');
}

export type CalendarParts = { year: number; month: number; dayOfMonth: number; weekday: number; daysInMonth: number };

export function describeDay(day: number): CalendarParts {
  const date = fromDayNumber(day);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  return {
    year,
    month,
    dayOfMonth: date.getUTCDate(),
    weekday: date.getUTCDay(),
    daysInMonth: new Date(Date.UTC(year, month, 0)).getUTCDate(),
  };
}

export function monthKey(day: number): string {
  return formatIsoDay(day).slice(0, 7);
}

export function firstDayOfMonth(year: number, month: number): number {
  return Math.floor(Date.UTC(year, month - 1, 1) / MS_PER_DAY);
}

// Months elapsed since a reference day's month (0 for the same month).
export function monthsBetween(fromDay: number, toDay: number): number {
  const a = describeDay(fromDay);
  const b = describeDay(toDay);
  return (b.year - a.year) * 12 + (b.month - a.month);
}
