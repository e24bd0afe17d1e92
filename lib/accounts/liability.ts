import { accountKindOf, isLiabilityKind } from './account-kind';

// Cards, lines of credit and loans (linked or manual) hold what is owed as a positive balance;
// net worth subtracts them. Everything else is an asset.
export function isLiabilityAccount(account: { accountCategory: string; accountType: string }): boolean {
  return isLiabilityKind(accountKindOf(account));
}

/**
 * A balance as every page and report shows it: what is owed on a card, line or loan is a debt,
 * shown negative ("-$1,234.56"), the way it counts in net worth. Stored balances stay positive.
 */
export function shownBalance(minor: bigint, liability: boolean): bigint {
  return liability ? -minor : minor;
}
