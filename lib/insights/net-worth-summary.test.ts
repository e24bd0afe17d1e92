import { describe, expect, it } from 'vitest';
import { accountKindOf } from '@/lib/accounts/account-kind';
import { summariseNetWorth } from './net-worth-summary';

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
