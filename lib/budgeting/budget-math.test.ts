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
        { id: 'b1', categoryId: 'food', month: '2026-01', amountMinor: 500_00n, rollover: false },
        { id: 'b2', categoryId: 'food', month: '2026-02', amountMinor: 500_00n, rollover: true },
        { id: 'b3', categoryId: 'food', month: '2026-03', amountMinor: 500_00n, rollover: true },
        { id: 'b4', categoryId: 'fun', month: '2026-03', amountMinor: 100_00n, rollover: false },
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
