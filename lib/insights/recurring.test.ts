import { describe, expect, it } from 'vitest';
import { toIsoDay } from '@/lib/dates';
import { detectRecurring } from './recurring';

const point = (month: string, outflow: bigint, count = 1, lastDay = 21) => ({ month, outflow, count, lastDay });

describe('detectRecurring', () => {
  it('finds a monthly subscription, its next date and a price change', () => {
    const [netflix] = detectRecurring(
      new Map([['Netflix', [point('2026-01', 1799n), point('2026-02', 1799n), point('2026-03', 1999n)]]]),
      '2026-04',
      new Date('2026-04-02T10:00:00Z'),
    );
    expect(netflix).toMatchObject({ cadence: 'monthly', lastAmountMinor: 1999n, previousAmountMinor: 1799n, priceChanged: true });
    expect(toIsoDay(netflix!.nextExpected)).toBe('2026-04-21');
  });

  it('ignores irregular spending and keeps seasonal bills within tolerance', () => {
    const result = detectRecurring(
      new Map([
        ['Whole Foods', [point('2026-01', 40000n, 9), point('2026-02', 35000n, 8), point('2026-03', 41000n, 10)]],
        ['ComEd', [point('2026-01', 9000n, 1, 12), point('2026-02', 10000n, 1, 12), point('2026-03', 9500n, 1, 12)]],
        ['One-off', [point('2026-01', 9000n), point('2026-03', 90000n)]],
      ]),
      '2026-03',
      new Date('2026-03-20T10:00:00Z'),
    );
    expect(result.map((r) => r.merchant)).toEqual(['ComEd']);
    expect(toIsoDay(result[0]!.nextExpected)).toBe('2026-04-12');
  });

  it('frequent purchases at one merchant are not bills; a weekly plan at one price is, and its next charge is ahead of today', () => {
    const result = detectRecurring(
      new Map([
        ['Lyft', [point('2026-08', 4000n, 4, 28), point('2026-09', 5000n, 5, 29), point('2026-10', 4100n, 4, 30)]],
        ['Blue Bottle Coffee', [point('2026-08', 2300n, 4, 27), point('2026-09', 2875n, 5, 29), point('2026-10', 2400n, 4, 30)]],
        ['Daily Paper', [point('2026-08', 1996n, 4, 28), point('2026-09', 2495n, 5, 29), point('2026-10', 1996n, 4, 30)]],
      ]),
      '2026-11',
      new Date('2026-11-24T12:00:00Z'),
    );
    expect(result.map((r) => r.merchant)).toEqual(['Daily Paper']);
    expect(result[0]).toMatchObject({ cadence: 'weekly', lastAmountMinor: 499n, overdue: false });
    expect(toIsoDay(result[0]!.nextExpected)).toBe('2026-11-27');
  });

  it('a monthly bill whose day has passed this month without a charge is overdue, never "next" in the past', () => {
    const series = new Map([['Netflix', [point('2026-08', 1799n, 1, 10), point('2026-09', 1799n, 1, 10), point('2026-10', 1799n, 1, 10)]]]);
    const [late] = detectRecurring(series, '2026-11', new Date('2026-11-30T12:00:00Z'));
    expect(late).toMatchObject({ overdue: true });
    expect(toIsoDay(late!.nextExpected)).toBe('2026-11-10');
    const [early] = detectRecurring(series, '2026-11', new Date('2026-11-05T12:00:00Z'));
    expect(early).toMatchObject({ overdue: false });
    expect(toIsoDay(early!.nextExpected)).toBe('2026-11-10');
  });

});
