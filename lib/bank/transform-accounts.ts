import { decimalToMinorUnits } from '@/lib/money';
import { FDX_ACCOUNT_WRAPPERS, type FdxAccountBase, type FdxAccountItem } from '@/lib/bank/fdx-account-schemas';
import { readInvestmentAccount } from '@/lib/bank/read-investment-account';
import type { BankHoldingSnapshot } from '@/lib/bank/transform-holdings';

/** A shared account as Cashlens stores it; balances are as the bank reports them (owed > 0 for credit). */
export type BankAccountSnapshot = {
  bankAccountId: string;
  accountCategory: (typeof FDX_ACCOUNT_WRAPPERS)[keyof typeof FDX_ACCOUNT_WRAPPERS];
  accountType: string;
  name: string;
  productName: string | null;
  maskedNumber: string | null;
  currency: string;
  bankStatus: string | null;
  currentBalanceMinor: bigint | null;
  availableBalanceMinor: bigint | null;
  creditLineMinor: bigint | null;
  balanceAsOf: Date;
  holdings?: BankHoldingSnapshot[]; // investment accounts only: every position, cash included
};

function money(value: number | string | undefined): bigint | null {
  return value === undefined ? null : decimalToMinorUnits(value);
}

/** "…1234" from whatever the bank shows, never more than the last four digits. */
export function maskAccountNumber(display: string | undefined): string | null {
  if (!display) return null;
  const digits = display.replace(/\D/g, '');
  return digits.length >= 2 ? `…${digits.slice(-4)}` : null;
}

export function toBankAccountSnapshot(item: FdxAccountItem, fetchedAt: Date): BankAccountSnapshot {
  const [wrapper, raw] = Object.entries(item)[0] as [keyof typeof FDX_ACCOUNT_WRAPPERS, FdxAccountBase];
  const category = FDX_ACCOUNT_WRAPPERS[wrapper];
  const current = category === 'LOAN_ACCOUNT' ? (raw.principalBalance ?? raw.currentBalance) : raw.currentBalance;
  const available = category === 'LOC_ACCOUNT' ? (raw.availableCredit ?? raw.availableBalance) : raw.availableBalance;
  const asOf = raw.balanceAsOf ? new Date(raw.balanceAsOf) : fetchedAt;
  // An investment account's balance is its market value (cash included); its cash is what is available.
  const investment = category === 'INVESTMENT_ACCOUNT' ? readInvestmentAccount(item, raw.currency?.currencyCode ?? 'USD') : null;
  return {
    bankAccountId: raw.accountId,
    accountCategory: category,
    accountType: raw.accountType ?? 'UNKNOWN',
    name: raw.nickname?.trim() || raw.productName?.trim() || `Account ${maskAccountNumber(raw.accountNumberDisplay) ?? ''}`.trim(),
    productName: raw.productName ?? null,
    maskedNumber: maskAccountNumber(raw.accountNumberDisplay),
    currency: raw.currency?.currencyCode ?? 'USD',
    bankStatus: raw.status ?? null,
    currentBalanceMinor: investment ? investment.valueMinor : money(current),
    availableBalanceMinor: investment ? investment.cashMinor : money(available),
    creditLineMinor: money(raw.creditLine),
    balanceAsOf: Number.isNaN(asOf.getTime()) ? fetchedAt : asOf,
    ...(investment ? { holdings: investment.holdings } : {}),
  };
}

/** Liabilities: what is owed on cards, lines of credit and loans counts against net worth. */
export function isLiabilityCategory(category: string): boolean {
  return category === 'LOC_ACCOUNT' || category === 'LOAN_ACCOUNT';
}
