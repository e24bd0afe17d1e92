import { describe, expect, it } from 'vitest';
import { computeBudgetLines, statusFor } from './budget-math';

const categories = new Map([
  ['food', { label: 'Food', parentId: null }],
  ['groceries', { label: 'Food › Groceries', parentId: 'food' }],
  ['fun', { label: 'Fun', parentId: null }],
]);

describe('budget math', () => {
  it('warns at 80% and flags 100%', () => {
    expect(statusFor(79_99n, 100_00n).status).toBe('ok');
    expect(statusFor(80_00n, 100_00n)).toEqual({ percent: 80, status: 'warning' });
    expect(statusFor(100_00n, 100_00n).status).toBe('over');
    expect(statusFor(1n, 0n).status).toBe('over');
  });

  it('counts children under a parent budget and carries leftovers and overspend', () => {
    const lines = computeBudgetLines({
      month: '2026-03',
      rollupMonths: 24,
      categories,
      budgets: [
        { id: 'b1', categoryId: 'food', month: '2026-01', amountMinor: 500_00n, rollover: false, stopped: false },
        { id: 'b2', categoryId: 'food', month: '2026-02', amountMinor: 500_00n, rollover: true, stopped: false },
        { id: 'b3', categoryId: 'food', month: '2026-03', amountMinor: 500_00n, rollover: true, stopped: false },
        { id: 'b4', categoryId: 'fun', month: '2026-03', amountMinor: 100_00n, rollover: false, stopped: false },
      ],
      spending: new Map([
        ['2026-01', new Map([['groceries', 400_00n]])], // 100 left, carried into Feb
        ['2026-02', new Map([['groceries', 650_00n], ['food', 10_00n]])], // 600 available, 660 spent: -60
        ['2026-03', new Map([['groceries', 350_00n], ['fun', 85_00n]])],
      ]),
    });
    expect(lines.map((l) => [l.label, l.carriedMinor, l.availableMinor, l.spentMinor, l.status])).toEqual([
      ['Food', -60_00n, 440_00n, 350_00n, 'ok'],
      ['Fun', 0n, 100_00n, 85_00n, 'warning'],
    ]);
  });
});

describe('budgets carry forward', () => {
  const row = (id: string, categoryId: string, month: string, amountMinor: bigint, extra: { rollover?: boolean; stopped?: boolean } = {}) => ({
    id,
    categoryId,
    month,
    amountMinor,
    rollover: extra.rollover ?? false,
    stopped: extra.stopped ?? false,
  });
  const linesFor = (month: string, budgets: ReturnType<typeof row>[], spending = new Map<string, Map<string, bigint>>()) =>
    computeBudgetLines({ month, rollupMonths: 24, categories, budgets, spending }).map((l) => [l.label, l.sinceMonth, l.amountMinor, l.carriedMinor]);

  it('applies a budget to later months until a later row changes or stops it', () => {
    const budgets = [row('a', 'food', '2026-01', 500_00n), row('b', 'food', '2026-04', 450_00n), row('c', 'fun', '2026-02', 100_00n), row('d', 'fun', '2026-03', 0n, { stopped: true })];
    expect(linesFor('2025-12', budgets)).toEqual([]);
    expect(linesFor('2026-02', budgets)).toEqual([['Food', '2026-01', 500_00n, 0n], ['Fun', '2026-02', 100_00n, 0n]]);
    expect(linesFor('2026-03', budgets)).toEqual([['Food', '2026-01', 500_00n, 0n]]);
    expect(linesFor('2026-07', budgets)).toEqual([['Food', '2026-04', 450_00n, 0n]]);
  });

  it('rolls leftovers over through months that only carry the budget forward', () => {
    const budgets = [row('a', 'food', '2026-01', 500_00n, { rollover: true })];
    const spending = new Map([
      ['2026-01', new Map([['groceries', 400_00n]])], // 100 left
      ['2026-02', new Map([['food', 550_00n]])], // 600 available, 50 left
    ]);
    expect(linesFor('2026-03', budgets, spending)).toEqual([['Food', '2026-01', 500_00n, 50_00n]]);
    // A stop ends the chain: the month after a stopped month starts afresh.
    const stopped = [...budgets, row('s', 'food', '2026-02', 0n, { stopped: true }), row('b', 'food', '2026-03', 300_00n, { rollover: true })];
    expect(linesFor('2026-03', stopped, spending)).toEqual([['Food', '2026-03', 300_00n, 0n]]);
  });
});
