import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addDays,
  addIsoDays,
  addMonths,
  currentMonth,
  dayOfMonth,
  daysBetween,
  daysInMonth,
  formatDate,
  formatDateTime,
  formatMonth,
  isIsoDay,
  isMonth,
  maxDay,
  minDay,
  monthEnd,
  monthOf,
  monthRange,
  monthsBetween,
  parseIsoDay,
  startOfDay,
  toDayNumber,
  isoDayFromParts,
  toIsoDay,
  tryParseIsoDay,
} from './dates';

describe('days', () => {
  it('parses real calendar days and refuses the rest with the value in the message', () => {
    expect(parseIsoDay('2028-02-29').toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(() => parseIsoDay('2027-02-29')).toThrow(/not a calendar day.*"2027-02-29"/);
    for (const bad of ['2026-02-30', '2026-13-01', '2026-1-5', '26-01-05', '2026-01-05T00:00:00Z', '', 'yesterday']) {
      expect(tryParseIsoDay(bad), bad).toBeNull();
      expect(isIsoDay(bad), bad).toBe(false);
    }
    expect(() => toIsoDay(new Date('nope'))).toThrow(/not a valid date/);
  });

  it('steps across month ends, the year end and the leap day', () => {
    expect(addIsoDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addIsoDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addIsoDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addIsoDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addIsoDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addIsoDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2027-02-01', '2027-03-01')).toBe(28);
    expect(daysBetween('2026-12-31', '2026-01-01')).toBe(-364);
  });

  it('ignores daylight saving: every day is 24 hours, whatever the process zone', () => {
    // 2026-03-08 and 2026-11-01 are US DST switches; 2026-03-29 and 2026-10-25 the EU ones.
    for (const day of ['2026-03-08', '2026-11-01', '2026-03-29', '2026-10-25']) {
      expect(addDays(parseIsoDay(day), 1).getTime() - parseIsoDay(day).getTime()).toBe(24 * 3600 * 1000);
      expect(addIsoDays(day, 1) > day).toBe(true);
    }
    expect(startOfDay(new Date('2026-11-01T23:59:59.999Z')).toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(toDayNumber(new Date('2026-11-01T23:59:59.999Z'))).toBe(toDayNumber('2026-11-01'));
    expect(toDayNumber('1970-01-02')).toBe(1);
  });

  it('picks the earliest and latest present day', () => {
    expect(minDay(null, '2026-05-01', undefined, '2025-12-31')).toBe('2025-12-31');
    expect(maxDay('2026-05-01', null, '2025-12-31')).toBe('2026-05-01');
    expect(minDay(null, undefined)).toBeNull();
  });
});

describe('months', () => {
  it('adds months across the year end in both directions', () => {
    expect(addMonths('2026-11', 1)).toBe('2026-12');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(addMonths('2026-03', -27)).toBe('2023-12');
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2027-02', '2026-11')).toEqual([]);
  });

  it('knows month lengths, ends and the leap day', () => {
    expect(daysInMonth('2028-02')).toBe(29);
    expect(daysInMonth('2027-02')).toBe(28);
    expect(daysInMonth('2100-02')).toBe(28);
    expect(monthEnd('2028-02')).toBe('2028-02-29');
    expect(monthEnd('2026-12')).toBe('2026-12-31');
    expect(toIsoDay(dayOfMonth('2028-02', 31))).toBe('2028-02-29');
    expect(toIsoDay(dayOfMonth('2026-04', 31))).toBe('2026-04-30');
    const range = monthRange('2026-12');
    expect([range.start.toISOString(), range.end.toISOString()]).toEqual(['2026-12-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z']);
  });

  it('takes the UTC month of an instant, not the process zone', () => {
    expect(monthOf(new Date('2026-11-30T23:59:59.999Z'))).toBe('2026-11');
    expect(currentMonth(new Date('2027-01-01T00:00:00.000Z'))).toBe('2027-01');
  });

  it('refuses malformed months with a clear error', () => {
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-1')).toBe(false);
    expect(isMonth('1969-12')).toBe(false);
    expect(isMonth('2026-02')).toBe(true);
    expect(() => addMonths('2026-13', 1)).toThrow(/not a month.*"2026-13"/);
    expect(() => daysInMonth('Feb 2026')).toThrow(/not a month/);
  });
});

describe('display', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('shows bank days as "30 Nov 2026" and instants with the zone named', () => {
    expect(formatDate('2026-11-30')).toBe('30 Nov 2026');
    expect(formatDate(parseIsoDay('2028-02-29'))).toBe('29 Feb 2028');
    expect(formatDate('2026-09-05')).toBe('5 Sep 2026');
    expect(formatDateTime(new Date('2026-11-30T14:05:00Z'))).toBe('30 Nov 2026, 14:05 UTC');
    expect(formatDateTime('2026-12-31T23:59:00.000Z')).toBe('31 Dec 2026, 23:59 UTC');
    expect(formatMonth('2026-11')).toBe('November 2026');
    expect(formatMonth('2026-11', 'short')).toBe('Nov 2026');
  });

  it('shows instants in the configured zone, but bank days stay the same day', async () => {
    vi.stubEnv('NEXT_PUBLIC_DISPLAY_TIME_ZONE', 'America/New_York');
    vi.resetModules();
    const zoned = await import('./dates');
    expect(zoned.DISPLAY_TIME_ZONE).toBe('America/New_York');
    // 01:30 UTC on 1 Dec is still 30 Nov in New York.
    expect(zoned.formatDateTime(new Date('2026-12-01T01:30:00Z'))).toBe('30 Nov 2026, 20:30 America/New_York');
    expect(zoned.formatDate('2026-12-01')).toBe('1 Dec 2026');
  });

  it('stops on an unknown display zone instead of showing wrong times', async () => {
    vi.stubEnv('NEXT_PUBLIC_DISPLAY_TIME_ZONE', 'Mars/Olympus');
    vi.resetModules();
    await expect(import('./dates')).rejects.toThrow(/time zone/i);
  });

  it('refuses invalid input with clear errors', () => {
    expect(() => formatDate('2026-02-30')).toThrow(/not a calendar day/);
    expect(() => formatDateTime('soon')).toThrow(/not a date: "soon"/);
    expect(() => formatDateTime(new Date(Number.NaN))).toThrow(/not a valid date/);
    expect(() => formatMonth('2026-00')).toThrow(/not a month/);
  });
});

describe('isoDayFromParts', () => {
  it('accepts real days only, leap days included', () => {
    expect(isoDayFromParts(2028, 2, 29)).toBe('2028-02-29');
    expect(isoDayFromParts(2026, 2, 29)).toBeNull();
    expect(isoDayFromParts(2026, 13, 1)).toBeNull();
    expect(isoDayFromParts(2026, 4, 31)).toBeNull();
    expect(isoDayFromParts(2026, 12, 31)).toBe('2026-12-31');
    expect(toDayNumber('2027-01-01') - toDayNumber('2026-12-31')).toBe(1);
  });
});
