import type { Db } from '@/lib/db';
import { accountKindOf, isLiabilityKind, type AccountKind } from '@/lib/accounts/account-kind';
import { addMonths, minDay, monthOf, monthsBetween } from '@/lib/dates';
import { firstLinkedDay, linkedNetWorth } from './net-worth-linked';
import { firstManualDay, manualNetWorth } from './net-worth-manual';
import type { NetWorthContribution } from './net-worth-types';

// Balances and net worth month by month. Assets count up; what is owed on cards, lines of credit,
// loans and manual liabilities (a positive balance, as the bank reports it) counts down. Investment
// accounts count at their market value (cash included), which the bank reports as their balance. Net worth
// is the sum of one part per kind of account (SOURCES); a new kind adds its part there.
// Amounts in different currencies are never added: net worth is in the home currency (the first
// linked account's, else the first manual account's), and other-currency accounts are listed only.

export type NetWorthPoint = { month: string; assetsMinor: bigint; liabilitiesMinor: bigint; netWorthMinor: bigint };
export type AccountBalance = { id: string; name: string; accountType: string; accountCategory: string; kind: AccountKind; liability: boolean; manual: boolean; currency: string; balanceMinor: bigint };

type Source = {
  contribution: (db: Db, workspaceId: string, currency: string, months: string[]) => Promise<NetWorthContribution>;
  firstDay: (db: Db, workspaceId: string, currency: string) => Promise<string | null>;
};
const SOURCES: Source[] = [
  { contribution: linkedNetWorth, firstDay: firstLinkedDay },
  { contribution: manualNetWorth, firstDay: firstManualDay },
];

export async function getAccountBalances(db: Db, workspaceId: string): Promise<AccountBalance[]> {
  const accounts = await db.bankAccount.findMany({
    where: { workspaceId, sharing: 'shared' },
    orderBy: [{ source: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, accountType: true, accountCategory: true, currentBalanceMinor: true, source: true, currency: true },
  });
  return accounts.map((a) => {
    const kind = accountKindOf(a);
    return { id: a.id, name: a.name, accountType: a.accountType, accountCategory: a.accountCategory, kind, liability: isLiabilityKind(kind), manual: a.source === 'manual', currency: a.currency, balanceMinor: a.currentBalanceMinor ?? 0n };
  });
}

/** The currency net worth is counted in. */
export async function getHomeCurrency(db: Db, workspaceId: string): Promise<string> {
  const account = await db.bankAccount.findFirst({ where: { workspaceId, sharing: 'shared' }, orderBy: [{ source: 'asc' }, { createdAt: 'asc' }], select: { currency: true } });
  return account?.currency ?? 'USD';
}

/** Month-end net worth for the last `months` months, or 'all' from the first month anything is known. */
export async function getNetWorthSeries(db: Db, workspaceId: string, months: number | 'all' = 12, now = new Date()): Promise<NetWorthPoint[]> {
  const currency = await getHomeCurrency(db, workspaceId);
  const last = monthOf(now);
  let first = typeof months === 'number' ? addMonths(last, -(months - 1)) : last;
  if (months === 'all') {
    const firstDay = minDay(...(await Promise.all(SOURCES.map((source) => source.firstDay(db, workspaceId, currency)))));
    if (firstDay && firstDay.slice(0, 7) < last) first = firstDay.slice(0, 7);
  }
  const list = monthsBetween(first, last);
  const parts = await Promise.all(SOURCES.map((source) => source.contribution(db, workspaceId, currency, list)));
  const points: NetWorthPoint[] = [];
  list.forEach((month, index) => {
    let known = false;
    let assets = 0n;
    let liabilities = 0n;
    for (const part of parts) {
      const point = part[index];
      if (!point) continue;
      known = true;
      assets += point.assetsMinor;
      liabilities += point.liabilitiesMinor;
    }
    // Before anything is known: unknown, not zero.
    if (known) points.push({ month, assetsMinor: assets, liabilitiesMinor: liabilities, netWorthMinor: assets - liabilities });
  });
  return points;
}
