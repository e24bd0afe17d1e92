import { accountKindOf, isLiabilityKind } from './account-kind';

// Cards, lines of credit and loans (linked or manual) hold what is owed as a positive balance;
// net worth subtracts them. Everything else is an asset.
export function isLiabilityAccount(account: { accountCategory: string; accountType: string }): boolean {
  return isLiabilityKind(accountKindOf(account));
}
