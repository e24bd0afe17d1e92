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

/** Months the net-worth table lists every month of; before them, only each year's end. */
export const NET_WORTH_TABLE_RECENT_MONTHS = 12;

/**
 * The rows of the net-worth table under the chart, newest first: every one of the last twelve
 * months, then each earlier year's December and the month the history starts. Ten years month by
 * month would be 120 rows (1,400 elements, most of the dashboard's weight) to say what the chart
 * already shows; year ends keep the whole span readable as text.
 */
export function netWorthTablePoints<Point extends { month: string }>(series: readonly Point[]): Point[] {
  const recentFrom = series.length - NET_WORTH_TABLE_RECENT_MONTHS;
  const rows: Point[] = [];
  for (let index = series.length - 1; index >= 0; index--) {
    const point = series[index]!;
    if (index >= recentFrom || index === 0 || point.month.endsWith('-12')) rows.push(point);
  }
  return rows;
}
