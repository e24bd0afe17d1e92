import { describe, expect, it } from 'vitest';
import { parseMonthParam, parseMonthRange } from './month-params';

const now = new Date('2026-10-17T12:00:00Z');

describe('the month a page shows', () => {
  it('is the requested month, or this month with a message when the value is not a month', () => {
    expect(parseMonthParam({ month: '2026-09' }, now)).toEqual({ month: '2026-09', error: null });
    expect(parseMonthParam({}, now)).toEqual({ month: '2026-10', error: null });
    expect(parseMonthParam({ month: ['2025-01', '2025-02'] }, now).month).toBe('2025-01');
    for (const bad of ['2026-13', '2026-9', 'september', '2026-09-01', '99999-01']) {
      const choice = parseMonthParam({ month: bad }, now);
      expect(choice.month).toBe('2026-10');
      expect(choice.error).toContain('is not a month');
    }
  });
});

describe('the months a report covers', () => {
  it('defaults to the last six months and keeps a valid range', () => {
    expect(parseMonthRange({}, now)).toMatchObject({ from: '2026-05', to: '2026-10', error: null });
    expect(parseMonthRange({ from: '2025-11', to: '2026-02' }, now)).toMatchObject({ months: ['2025-11', '2025-12', '2026-01', '2026-02'], error: null });
  });

  it('falls back with a message for bad or reversed months, and caps long ranges at 36 months', () => {
    expect(parseMonthRange({ from: '2026-02-01' }, now)).toMatchObject({ from: '2026-05', to: '2026-10', error: expect.stringContaining('real months') });
    expect(parseMonthRange({ from: '2026-08', to: '2026-02' }, now)).toMatchObject({ from: '2026-05', error: expect.stringContaining('after the end month') });
    const long = parseMonthRange({ from: '2016-01', to: '2026-10' }, now);
    expect(long).toMatchObject({ from: '2023-11', to: '2026-10', error: expect.stringContaining('at most 36 months') });
    expect(long.months).toHaveLength(36);
  });
});
