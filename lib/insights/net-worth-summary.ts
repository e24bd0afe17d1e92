import type { AccountKind } from '@/lib/accounts/account-kind';

// Net worth as a sum of parts, one per kind of holding: cash accounts, investments at market value,
// other assets (a house, a car), and what is owed (cards, lines, loans). Nothing is counted twice.

export type NetWorthSummary = { cashMinor: bigint; investmentsMinor: bigint; otherAssetsMinor: bigint; owedMinor: bigint; netWorthMinor: bigint };

export function summariseNetWorth(balances: Iterable<{ kind: AccountKind; balanceMinor: bigint }>): NetWorthSummary {
  let cashMinor = 0n;
  let investmentsMinor = 0n;
  let otherAssetsMinor = 0n;
  let owedMinor = 0n;
  for (const { kind, balanceMinor } of balances) {
    if (kind === 'investment') investmentsMinor += balanceMinor;
    else if (kind === 'cash') cashMinor += balanceMinor;
    else if (kind === 'asset') otherAssetsMinor += balanceMinor;
    else owedMinor += balanceMinor; // as the bank reports it: owed > 0
  }
  return { cashMinor, investmentsMinor, otherAssetsMinor, owedMinor, netWorthMinor: cashMinor + investmentsMinor + otherAssetsMinor - owedMinor };
}
