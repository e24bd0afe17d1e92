import { shownBalance } from '@/lib/accounts/liability';
import { formatDateTime } from '@/lib/dates';
import { formatMoney } from '@/lib/money';
import type { ReportSnapshot } from './snapshot';

// Words and numbers shared by the report page and the PDF, so both say exactly the same.

export const money = (minor: string | null, currency: string) => (minor === null ? '—' : formatMoney(BigInt(minor), currency));

export const OWNERSHIP_LABELS = { verified: 'Verified', partial: 'Partially verified', not_verified: 'Not verified' } as const;
export const FIELD_LABELS = { name: 'Name', address: 'Address', email: 'Email', phone: 'Phone' } as const;
export const RESULT_LABELS = { match: 'Matches', partial: 'Partly matches', mismatch: 'Differs', missing: 'Not compared' } as const;

/** An account's balance, what is owed shown negative as on every page (lib/accounts/liability.ts). */
export function balance(account: ReportSnapshot['accounts'][number]): string {
  return account.balanceMinor === null ? '—' : formatMoney(shownBalance(BigInt(account.balanceMinor), account.isLiability), account.currency);
}

export function accountLabel(account: ReportSnapshot['accounts'][number]): string {
  return `${account.name}${account.maskedNumber ? ` (${account.maskedNumber})` : ''}`;
}

export function summaryLines(snapshot: ReportSnapshot): [string, string][] {
  const c = snapshot.currency;
  return [
    ...snapshot.netWorth.map((n): [string, string] => [`Net worth${snapshot.netWorth.length > 1 ? ` (${n.currency})` : ''}`, `${money(n.netMinor, n.currency)} (assets ${money(n.assetsMinor, n.currency)}, liabilities ${formatMoney(shownBalance(BigInt(n.liabilitiesMinor), true), n.currency)})`]),
    ['Average monthly income (payroll and recurring deposits)', money(snapshot.income.monthlyAverageMinor, c)],
    [`Average monthly spending${snapshot.spending.byMonth ? ` (${months(snapshot.spending.months)} in full)` : ''}`, money(snapshot.spending.monthlyAverageMinor, c)],
    [`Negative-balance days (last ${months(snapshot.income.months)})`, `${snapshot.negativeBalance.days}${snapshot.negativeBalance.overdraftFees ? `, ${snapshot.negativeBalance.overdraftFees} overdraft fees` : ''}`],
    ['Data as of', snapshot.dataAsOf ? formatDateTime(snapshot.dataAsOf) : 'unknown'],
  ];
}

export const months = (count: number) => `${count} ${count === 1 ? 'month' : 'months'}`;
