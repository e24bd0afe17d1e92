import { describe, expect, it } from 'vitest';
import { accountKindOf } from '@/lib/accounts/account-kind';
import { monthsBetween } from '@/lib/dates';
import { netWorthTablePoints, summariseNetWorth } from './net-worth-summary';

describe('summariseNetWorth', () => {
  it('adds cash, investments at market value and other assets, and takes off what is owed', () => {
    const balances = [
      { kind: accountKindOf({ accountCategory: 'DEPOSIT_ACCOUNT', accountType: 'CHECKING' }), balanceMinor: 1_234_56n },
      { kind: accountKindOf({ accountCategory: 'INVESTMENT_ACCOUNT', accountType: 'TAXABLE' }), balanceMinor: 98_765_43n },
      { kind: accountKindOf({ accountCategory: 'LOC_ACCOUNT', accountType: 'CREDITCARD' }), balanceMinor: 500_01n },
      { kind: accountKindOf({ accountCategory: 'LOAN_ACCOUNT', accountType: 'MORTGAGE' }), balanceMinor: 40_000_00n },
      { kind: accountKindOf({ accountCategory: 'ASSET_ACCOUNT', accountType: 'PROPERTY' }), balanceMinor: 350_000_00n },
    ];
    expect(balances.map((b) => b.kind)).toEqual(['cash', 'investment', 'credit', 'loan', 'asset']);
    expect(summariseNetWorth(balances)).toEqual({ cashMinor: 1_234_56n, investmentsMinor: 98_765_43n, otherAssetsMinor: 350_000_00n, owedMinor: 40_500_01n, netWorthMinor: 1_234_56n + 98_765_43n + 350_000_00n - 40_500_01n });
  });
});

describe('netWorthTablePoints', () => {
  const seriesOf = (months: string[]) => months.map((month, index) => ({ month, netWorthMinor: BigInt(index) }));

  it('lists the last twelve months, then each earlier December and the first month, newest first', () => {
    const months = monthsBetween('2016-08', '2026-11');
    const rows = netWorthTablePoints(seriesOf(months)).map((p) => p.month);
    expect(rows.slice(0, 12)).toEqual(monthsBetween('2025-12', '2026-11').reverse());
    expect(rows.slice(12)).toEqual(['2024-12', '2023-12', '2022-12', '2021-12', '2020-12', '2019-12', '2018-12', '2017-12', '2016-12', '2016-08']);
  });

  it('keeps every month of a history shorter than a year, and never lists a month twice', () => {
    expect(netWorthTablePoints(seriesOf(['2026-10', '2026-11'])).map((p) => p.month)).toEqual(['2026-11', '2026-10']);
    const rows = netWorthTablePoints(seriesOf(monthsBetween('2025-01', '2026-06'))).map((p) => p.month);
    expect(new Set(rows).size).toBe(rows.length);
    expect(rows.at(-1)).toBe('2025-01');
    expect(rows).toContain('2025-07');
    expect(rows).not.toContain('2025-06');
  });

  it('returns the points themselves, so the table shows the same amounts as the chart', () => {
    const series = seriesOf(monthsBetween('2020-01', '2026-11'));
    for (const row of netWorthTablePoints(series)) expect(row).toBe(series.find((p) => p.month === row.month));
    expect(netWorthTablePoints([])).toEqual([]);
  });
});
