import { describe, expect, it } from 'vitest';
import { addIsoDays } from '@/lib/dates';
import { detectRecurringIncome, monthsCovered, negativeBalanceDays, type CashRow } from './cash-flow';

const row = (day: string, amountMinor: bigint, description: string, extra: Partial<CashRow> = {}): CashRow => ({ day, amountMinor, description, merchantName: null, bankCategory: null, bankTransactionType: null, isTransfer: false, ...extra });

describe('lending cash-flow figures', () => {
  it('finds payroll and recurring deposits, and leaves out transfers and one-off deposits', () => {
    const payroll = Array.from({ length: 26 }, (_, n) => row(addIsoDays('2025-01-03', n * 14), 259_000n, 'LAKESIDE LOGISTICS DIR DEP PPD', { bankTransactionType: 'DIRECTDEPOSIT' }));
    const rent = Array.from({ length: 12 }, (_, n) => row(`2025-${String(n + 1).padStart(2, '0')}-05`, 80_000n, 'ZELLE FROM TENANT 4411'));
    const other = [row('2025-03-01', 500_000n, 'TRANSFER FROM SAVINGS', { bankCategory: 'Transfer' }), row('2025-04-02', 12_345n, 'MOBILE DEPOSIT')];
    const income = detectRecurringIncome([...payroll, ...rent, ...other], 12);
    expect(income.sources.map((source) => [source.name, source.cadence, source.payroll])).toEqual([
      ['LAKESIDE LOGISTICS DIR DEP PPD', 'every two weeks', true],
      ['ZELLE FROM TENANT 4411', 'monthly', false],
    ]);
    expect(income.monthlyAverageMinor).toBe((26n * 259_000n) / 12n + 80_000n);
  });

  it('counts days that ended below zero, walking back from today’s balance', () => {
    // Today 10.00; yesterday a 50.00 deposit, so the day before ended at -40.00; before that a 60.00 charge.
    const posted = [{ day: '2025-01-10', amountMinor: 5_000n }, { day: '2025-01-08', amountMinor: -6_000n }];
    expect(negativeBalanceDays(1_000n, posted, '2025-01-01', '2025-01-10')).toBe(2); // the 8th and 9th ended at -40.00
  });

  it('covers between 1 and 12 months', () => {
    expect(monthsCovered('2025-01-01', '2025-12-31')).toBe(12);
    expect(monthsCovered('2025-11-01', '2025-12-31')).toBe(2);
    expect(monthsCovered('2025-12-31', '2025-12-31')).toBe(1);
  });
});
