// What an account is to a household, whatever the bank calls it: money on hand, money owed on a
// card or line, a loan, investments valued at market, or another asset (a house, a car: manual
// ASSET_ACCOUNT). Net worth, runway and the account lists group by it.

export type AccountKind = 'cash' | 'credit' | 'loan' | 'investment' | 'asset';

export function accountKindOf(account: { accountCategory: string; accountType: string }): AccountKind {
  if (account.accountCategory === 'INVESTMENT_ACCOUNT') return 'investment';
  if (account.accountCategory === 'LOAN_ACCOUNT') return 'loan';
  if (account.accountCategory === 'LOC_ACCOUNT' || account.accountType === 'CREDITCARD') return 'credit';
  if (account.accountCategory === 'ASSET_ACCOUNT') return 'asset';
  return 'cash';
}

export function isLiabilityKind(kind: AccountKind): boolean {
  return kind === 'credit' || kind === 'loan';
}
