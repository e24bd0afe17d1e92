// Sync windows are whole calendar days (YYYY-MM-DD), the unit FDX's startTime/endTime use.

const msPerDay = 86_400_000;

export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isoDayToDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function addDays(day: string, days: number): string {
  return toIsoDay(new Date(isoDayToDate(day).getTime() + days * msPerDay));
}

export function minDay(...days: (string | null | undefined)[]): string | null {
  const present = days.filter((day): day is string => !!day);
  return present.length === 0 ? null : present.reduce((a, b) => (a < b ? a : b));
}

export function maxDay(...days: (string | null | undefined)[]): string | null {
  const present = days.filter((day): day is string => !!day);
  return present.length === 0 ? null : present.reduce((a, b) => (a > b ? a : b));
}
