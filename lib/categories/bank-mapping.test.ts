import { describe, expect, it } from 'vitest';
import { categoryKeyFromBank, type BankSignals } from './bank-mapping';

const base: BankSignals = { amountMinor: -1000n, bankCategory: null, bankTransactionType: null, merchant: null, accountType: 'CHECKING' };

describe('categoryKeyFromBank', () => {
  it('maps card MCCs by range, specific codes before catch-alls', () => {
    expect(categoryKeyFromBank({ ...base, bankCategory: '5411' })).toBe('food.groceries');
    expect(categoryKeyFromBank({ ...base, bankCategory: '5812' })).toBe('food.dining');
    expect(categoryKeyFromBank({ ...base, bankCategory: '5994' })).toBe('entertainment.subscriptions');
    expect(categoryKeyFromBank({ ...base, bankCategory: '5999' })).toBe('shopping.general');
    expect(categoryKeyFromBank({ ...base, bankCategory: '3501' })).toBe('travel.lodging');
  });

  it('maps plain labels, using the sign where the label is ambiguous', () => {
    expect(categoryKeyFromBank({ ...base, bankCategory: 'Payroll', amountMinor: 300000n })).toBe('income.salary');
    expect(categoryKeyFromBank({ ...base, bankCategory: 'Payroll' })).toBe('business_costs.payroll');
    expect(categoryKeyFromBank({ ...base, bankCategory: 'Interest', amountMinor: 12n })).toBe('income.interest');
    expect(categoryKeyFromBank({ ...base, bankCategory: 'Interest', accountType: 'MORTGAGE' })).toBe('housing.mortgage');
    expect(categoryKeyFromBank({ ...base, bankCategory: 'Utilities', merchant: 'Verizon Wireless' })).toBe('utilities.internet');
  });

  it('falls back to the transaction type, then the sign', () => {
    expect(categoryKeyFromBank({ ...base, bankTransactionType: 'FEE' })).toBe('fees.bank');
    expect(categoryKeyFromBank({ ...base, amountMinor: 500n })).toBe('income.other');
    expect(categoryKeyFromBank(base)).toBeNull();
  });
});
