import { monthOf, parseIsoDay } from '@/lib/dates';

// A goal's state on a given day, in exact integer minor units. "Monthly amount needed" spreads
// what is left over the months from this one to the target's month, both counted: a target later
// this month needs all of it this month. The division rounds up to the minor unit, so saving
// the amount every month always reaches the target (never a cent short). Today is an input.

export type GoalStatus = 'reached' | 'past_due' | 'in_progress';

export type GoalProgress = {
  status: GoalStatus;
  savedMinor: bigint;
  remainingMinor: bigint;
  /** Months from this one to the target's, both counted; 0 once the target day has passed. */
  monthsLeft: number;
  /** What to put aside each month to arrive on time; all of it when past due; 0 when reached. */
  monthlyNeededMinor: bigint;
  /** 0–100, whole percent, rounded down (99.6% is not yet 100%). */
  percent: number;
};

/** Whole months from `fromMonth` to `toMonth`, both counted (the same month is 1). */
export function monthsInclusive(fromMonth: string, toMonth: string): number {
  const [fy, fm] = fromMonth.split('-').map(Number) as [number, number];
  const [ty, tm] = toMonth.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** Integer division rounded up, for positive amounts. */
export function divideRoundingUp(amount: bigint, parts: bigint): bigint {
  return (amount + parts - 1n) / parts;
}

export function computeGoalProgress(input: { targetMinor: bigint; targetDay: string; savedMinor: bigint; today: string }): GoalProgress {
  const saved = input.savedMinor > 0n ? input.savedMinor : 0n;
  const percent = input.targetMinor > 0n ? Number(saved >= input.targetMinor ? 100n : (saved * 100n) / input.targetMinor) : 100;
  const remaining = input.targetMinor - saved;
  if (remaining <= 0n) return { status: 'reached', savedMinor: saved, remainingMinor: 0n, monthsLeft: 0, monthlyNeededMinor: 0n, percent };
  if (input.targetDay < input.today) return { status: 'past_due', savedMinor: saved, remainingMinor: remaining, monthsLeft: 0, monthlyNeededMinor: remaining, percent };
  const monthsLeft = monthsInclusive(monthOf(parseIsoDay(input.today)), monthOf(parseIsoDay(input.targetDay)));
  return { status: 'in_progress', savedMinor: saved, remainingMinor: remaining, monthsLeft, monthlyNeededMinor: divideRoundingUp(remaining, BigInt(monthsLeft)), percent };
}

