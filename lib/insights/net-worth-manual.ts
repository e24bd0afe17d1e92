import type { Db } from '@/lib/db';
import { computeManualBalances, isManualLiability, readManualHistory } from '@/lib/accounts/manual-balance';
import { monthEnd, toIsoDay } from '@/lib/dates';
import type { NetWorthContribution } from './net-worth-types';

// Manual accounts' part of net worth: at each month's close, the latest dated value carried
// forward and moved by the transactions entered since (lib/accounts/manual-balance.ts). Before an
// account's first value it is not counted.

export async function manualNetWorth(db: Db, workspaceId: string, currency: string, months: string[]): Promise<NetWorthContribution> {
  const accounts = await db.bankAccount.findMany({ where: { workspaceId, source: 'manual', currency }, select: { id: true, manualKind: true } });
  const contribution: NetWorthContribution = months.map(() => null);
  const checkpoints = months.map(monthEnd);
  for (const account of accounts) {
    const { values, daySums } = await readManualHistory(db, account.id);
    const liability = isManualLiability(account.manualKind);
    computeManualBalances(values, daySums, liability, checkpoints).forEach((balance, index) => {
      if (balance === null) return;
      const point = (contribution[index] ??= { assetsMinor: 0n, liabilitiesMinor: 0n });
      if (liability) point.liabilitiesMinor += balance;
      else point.assetsMinor += balance;
    });
  }
  return contribution;
}

export async function firstManualDay(db: Db, workspaceId: string, currency: string): Promise<string | null> {
  const row = await db.accountBalanceValue.findFirst({ where: { workspaceId, source: 'manual', account: { currency } }, orderBy: { day: 'asc' }, select: { day: true } });
  return row ? toIsoDay(row.day) : null;
}
