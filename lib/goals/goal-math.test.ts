import { describe, expect, it } from 'vitest';
import { computeGoalProgress, divideRoundingUp, monthsInclusive } from './goal-math';

describe('goal math', () => {
  it('spreads what is left over the months to the target, both counted, rounding up to the cent', () => {
    // 1,000.00 over Jan–Mar = 333.333… → 333.34 a month, which reaches the target.
    const p = computeGoalProgress({ targetMinor: 100_000n, targetDay: '2026-03-15', savedMinor: 0n, today: '2026-01-20' });
    expect(p).toMatchObject({ status: 'in_progress', monthsLeft: 3, monthlyNeededMinor: 33_334n, remainingMinor: 100_000n, percent: 0 });
    expect(p.monthlyNeededMinor * 3n).toBeGreaterThanOrEqual(100_000n);
  });

  it('divides exactly when it can', () => {
    expect(divideRoundingUp(90_000n, 3n)).toBe(30_000n);
    expect(divideRoundingUp(90_001n, 3n)).toBe(30_001n);
  });

  it('needs all of it this month when the target date is later this month', () => {
    const p = computeGoalProgress({ targetMinor: 50_000n, targetDay: '2026-04-30', savedMinor: 20_000n, today: '2026-04-02' });
    expect(p).toMatchObject({ status: 'in_progress', monthsLeft: 1, monthlyNeededMinor: 30_000n, percent: 40 });
  });

  it('counts the target day itself as still on time', () => {
    expect(computeGoalProgress({ targetMinor: 50_000n, targetDay: '2026-04-02', savedMinor: 0n, today: '2026-04-02' }).status).toBe('in_progress');
  });

  it('is past due once the target day has passed and not reached', () => {
    const p = computeGoalProgress({ targetMinor: 50_000n, targetDay: '2026-03-31', savedMinor: 10_000n, today: '2026-04-01' });
    expect(p).toMatchObject({ status: 'past_due', monthsLeft: 0, monthlyNeededMinor: 40_000n, remainingMinor: 40_000n });
  });

  it('is reached at or above the target, even when past the date', () => {
    expect(computeGoalProgress({ targetMinor: 50_000n, targetDay: '2026-03-31', savedMinor: 50_000n, today: '2026-05-01' })).toMatchObject({ status: 'reached', monthlyNeededMinor: 0n, remainingMinor: 0n, percent: 100 });
    expect(computeGoalProgress({ targetMinor: 50_000n, targetDay: '2027-03-31', savedMinor: 70_000n, today: '2026-05-01' }).percent).toBe(100);
  });

  it('rounds the percentage down and counts a negative balance as nothing saved', () => {
    expect(computeGoalProgress({ targetMinor: 1_000n, targetDay: '2027-01-01', savedMinor: 999n, today: '2026-05-01' }).percent).toBe(99);
    expect(computeGoalProgress({ targetMinor: 1_000n, targetDay: '2027-01-01', savedMinor: -500n, today: '2026-05-01' })).toMatchObject({ savedMinor: 0n, remainingMinor: 1_000n });
  });

  it('counts months across a year end', () => {
    expect(monthsInclusive('2026-11', '2027-02')).toBe(4);
    expect(monthsInclusive('2026-11', '2026-11')).toBe(1);
  });
});
