import type { Db } from '@/lib/db';
import { accountKindOf, isLiabilityKind, type AccountKind } from '@/lib/accounts/account-kind';
import { addMonths, monthOf, monthsBetween, monthRange } from '@/lib/dates';

// Balances and net worth month by month: each account's last balance snapshot in (or before)
// the month, and today's current balance for this month. Assets count up; what is owed on cards,
// lines of credit and loans (a positive balance, as the bank reports it) counts down. Investment
// accounts count at their market value (cash included), which the bank reports as their balance.

export type NetWorthPoint = { month: string; assetsMinor: bigint; liabilitiesMinor: bigint; netWorthMinor: bigint };
export type AccountBalance = { id: string; name: string; accountType: string; kind: AccountKind; liability: boolean; balanceMinor: bigint };

function isLiability(account: { accountCategory: string; accountType: string }): boolean {
  return isLiabilityKind(accountKindOf(account));
}

export async function getAccountBalances(db: Db, userId: string): Promise<AccountBalance[]> {
  const accounts = await db.bankAccount.findMany({
    where: { userId, sharing: 'shared' },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, accountType: true, accountCategory: true, currentBalanceMinor: true },
  });
  return accounts.map((a) => ({ id: a.id, name: a.name, accountType: a.accountType, kind: accountKindOf(a), liability: isLiability(a), balanceMinor: a.currentBalanceMinor ?? 0n }));
}

export async function getNetWorthSeries(db: Db, userId: string, months = 12, now = new Date()): Promise<NetWorthPoint[]> {
  const last = monthOf(now);
  const first = addMonths(last, -(months - 1));
  const accounts = await db.bankAccount.findMany({
    where: { userId, sharing: 'shared' },
    select: { id: true, accountCategory: true, accountType: true, currentBalanceMinor: true },
  });
  if (accounts.length === 0) return [];
  const snapshots = await db.balanceSnapshot.findMany({
    where: { accountId: { in: accounts.map((a) => a.id) }, takenAt: { lt: monthRange(last).end } },
    orderBy: { takenAt: 'asc' },
    select: { accountId: true, takenAt: true, currentBalanceMinor: true },
  });
  const points: NetWorthPoint[] = [];
  const latest = new Map<string, bigint>();
  let index = 0;
  for (const month of monthsBetween(first, last)) {
    const { end } = monthRange(month);
    while (index < snapshots.length && snapshots[index]!.takenAt < end) {
      const snap = snapshots[index++]!;
      if (snap.currentBalanceMinor !== null) latest.set(snap.accountId, snap.currentBalanceMinor);
    }
    if (month === last) for (const a of accounts) if (a.currentBalanceMinor !== null) latest.set(a.id, a.currentBalanceMinor);
    if (latest.size === 0) continue; // before the first snapshot: unknown, not zero
    let assets = 0n;
    let liabilities = 0n;
    for (const account of accounts) {
      const balance = latest.get(account.id);
      if (balance === undefined) continue;
      if (isLiability(account)) liabilities += balance;
      else assets += balance;
    }
    points.push({ month, assetsMinor: assets, liabilitiesMinor: liabilities, netWorthMinor: assets - liabilities });
  }
  return points;
}
