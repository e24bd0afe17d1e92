import type { Db } from '@/lib/db';
import { isLiabilityAccount } from '@/lib/accounts/liability';
import { monthEnd, monthOf, monthRange, toIsoDay } from '@/lib/dates';
import type { NetWorthContribution } from './net-worth-types';

// Linked accounts' part of net worth: each month's closing balance from the daily history worked
// back from the bank's balance (lib/accounts/reconstruct-balances.ts). Before an account's first
// row its first balance holds (nothing had posted yet). An account not yet reconstructed (its
// sync predates the feature) falls back to the balances recorded at each sync.

const PAGE = 2_000;

// Walks an account's rows in pages (one per change-day, ten years ≈ 3,650) so no history is held
// whole; calls `take` with each month's closing balance.
async function closingBalancesFromHistory(db: Db, accountId: string, months: string[], take: (index: number, balance: bigint) => void): Promise<boolean> {
  let after: Date | null = null;
  let latest: bigint | null = null;
  let first: bigint | null = null;
  let m = 0;
  for (;;) {
    const rows: { day: Date; balanceMinor: bigint }[] = await db.accountBalanceValue.findMany({
      where: { accountId, source: 'reconstructed', ...(after ? { day: { gt: after } } : {}) },
      orderBy: { day: 'asc' },
      take: PAGE,
      select: { day: true, balanceMinor: true },
    });
    for (const row of rows) {
      const day = toIsoDay(row.day);
      first ??= row.balanceMinor;
      while (m < months.length && monthEnd(months[m]!) < day) {
        take(m, latest ?? first);
        m++;
      }
      latest = row.balanceMinor;
    }
    if (rows.length < PAGE) break;
    after = rows.at(-1)!.day;
  }
  if (latest === null) return false;
  for (; m < months.length; m++) take(m, latest);
  return true;
}

async function closingBalancesFromSnapshots(db: Db, account: { id: string; currentBalanceMinor: bigint | null }, months: string[], take: (index: number, balance: bigint) => void): Promise<void> {
  const last = months.at(-1)!;
  const snapshots = await db.balanceSnapshot.findMany({
    // Earlier snapshots too: the last one before the window carries into its first months.
    where: { accountId: account.id, takenAt: { lt: monthRange(last).end } },
    orderBy: { takenAt: 'asc' },
    select: { takenAt: true, currentBalanceMinor: true },
  });
  let latest: bigint | null = null;
  let s = 0;
  months.forEach((month, index) => {
    while (s < snapshots.length && monthOf(snapshots[s]!.takenAt) <= month) latest = snapshots[s++]!.currentBalanceMinor ?? latest;
    if (month === last && account.currentBalanceMinor !== null) latest = account.currentBalanceMinor;
    if (latest !== null) take(index, latest);
  });
}

export async function linkedNetWorth(db: Db, workspaceId: string, currency: string, months: string[]): Promise<NetWorthContribution> {
  const accounts = await db.bankAccount.findMany({
    where: { workspaceId, source: 'linked', sharing: 'shared', currency },
    select: { id: true, accountCategory: true, accountType: true, currentBalanceMinor: true },
  });
  const contribution: NetWorthContribution = months.map(() => null);
  for (const account of accounts) {
    const liability = isLiabilityAccount(account);
    const take = (index: number, balance: bigint) => {
      const point = (contribution[index] ??= { assetsMinor: 0n, liabilitiesMinor: 0n });
      if (liability) point.liabilitiesMinor += balance;
      else point.assetsMinor += balance;
    };
    if (!(await closingBalancesFromHistory(db, account.id, months, take))) await closingBalancesFromSnapshots(db, account, months, take);
  }
  return contribution;
}

/** The first day any linked account of this currency has a balance for. */
export async function firstLinkedDay(db: Db, workspaceId: string, currency: string): Promise<string | null> {
  const row = await db.accountBalanceValue.findFirst({ where: { workspaceId, source: 'reconstructed', account: { currency, sharing: 'shared' } }, orderBy: { day: 'asc' }, select: { day: true } });
  if (row) return toIsoDay(row.day);
  const snapshot = await db.balanceSnapshot.findFirst({ where: { account: { workspaceId, currency, sharing: 'shared' } }, orderBy: { takenAt: 'asc' }, select: { takenAt: true } });
  return snapshot ? toIsoDay(snapshot.takenAt) : null;
}
