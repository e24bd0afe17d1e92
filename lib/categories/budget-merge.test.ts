import { describe, expect, it } from 'vitest';
import { mergeBudgetRows } from './budget-merge';

const row = (categoryId: string, month: string, amountMinor: bigint, extra: { rollover?: boolean; stopped?: boolean } = {}) => ({
  id: `${categoryId}-${month}`,
  categoryId,
  month,
  amountMinor,
  rollover: extra.rollover ?? false,
  stopped: extra.stopped ?? false,
});

describe('merging budgets', () => {
  it('sums budgets of the same month', () => {
    expect(mergeBudgetRows([row('a', '2026-03', 5_000n)], [row('b', '2026-03', 20_000n)])).toEqual([{ month: '2026-03', amountMinor: 25_000n, rollover: false, stopped: false }]);
  });

  it('sums what was in effect when the rows are in different months (budgets carry forward)', () => {
    const merged = mergeBudgetRows([row('a', '2026-03', 5_000n)], [row('b', '2026-01', 20_000n, { rollover: true })]);
    expect(merged).toEqual([
      { month: '2026-01', amountMinor: 20_000n, rollover: true, stopped: false },
      { month: '2026-03', amountMinor: 25_000n, rollover: true, stopped: false },
    ]);
  });

  it('keeps stops: a month where neither has a budget any more ends the merged one', () => {
    const merged = mergeBudgetRows([row('a', '2026-01', 5_000n), row('a', '2026-04', 0n, { stopped: true })], [row('b', '2026-02', 1_000n), row('b', '2026-04', 0n, { stopped: true })]);
    expect(merged.map((r) => [r.month, r.amountMinor, r.stopped])).toEqual([
      ['2026-01', 5_000n, false],
      ['2026-02', 6_000n, false],
      ['2026-04', 0n, true],
    ]);
  });

  it('moves a budget unchanged into a category that had none', () => {
    expect(mergeBudgetRows([row('a', '2026-05', 7_500n)], [])).toEqual([{ month: '2026-05', amountMinor: 7_500n, rollover: false, stopped: false }]);
  });
});
