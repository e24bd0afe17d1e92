import type { OwnershipResult } from '@/lib/ownership/types';

// What a lending report shows, frozen as JSON when it is created: later syncs never change a
// report a lender was given. Money is minor units as decimal strings (JSON has no bigint).

export type ReportAccount = {
  name: string;
  accountType: string;
  maskedNumber: string | null;
  currency: string;
  balanceMinor: string | null;
  isLiability: boolean;
  balanceAsOf: string | null;
  ownership: OwnershipResult;
};

export type IncomeSource = { name: string; cadence: string; occurrences: number; monthlyAverageMinor: string; payroll: boolean };

export type ReportSnapshot = {
  version: 1;
  title: string;
  preparedFor: string;
  createdAt: string;
  dataAsOf: string | null;
  currency: string;
  accounts: ReportAccount[];
  netWorth: { currency: string; assetsMinor: string; liabilitiesMinor: string; netMinor: string }[];
  income: { periodStart: string; periodEnd: string; months: number; monthlyAverageMinor: string; sources: IncomeSource[] };
  // byMonth and counting were added later: reports made before them have neither.
  spending: { monthlyAverageMinor: string; months: number; byMonth?: { month: string; spentMinor: string }[]; counting?: string };
  negativeBalance: { days: number; accounts: { name: string; days: number }[]; overdraftFees: number };
};
