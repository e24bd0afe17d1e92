import { isLiabilityCategory } from '@/lib/bank/transform-accounts';
import { addIsoDays, parseIsoDay, toIsoDay } from '@/lib/dates';
import type { Db } from '@/lib/db';
import { verifyOwnership } from '@/lib/ownership/verify-ownership';
import { bankContactSchema, bankCustomerSchema, parseJsonWith } from '@/lib/ownership/types';
import { getProfile } from '@/lib/profile/profile';
import { detectRecurringIncome, monthsCovered, negativeBalanceDays, type CashRow } from './cash-flow';
import { readReportSpending } from './report-spending';
import type { ReportAccount, ReportSnapshot } from './snapshot';

// Everything a lending report shows, read once from the user's shared accounts and frozen.

const OVERDRAFT_FEE = /overdraft|\bnsf\b|insufficient funds/i;

export async function buildReportSnapshot(db: Db, user: { workspaceId: string; email: string; name: string | null }, title: string, now = new Date()): Promise<ReportSnapshot> {
  const [profile, accounts] = await Promise.all([
    getProfile(db, user),
    db.bankAccount.findMany({
      where: { workspaceId: user.workspaceId, sharing: 'shared', connection: { status: { not: 'disconnected' } } },
      include: { connection: { select: { customerJson: true, lastSyncedAt: true } } },
      orderBy: [{ accountCategory: 'asc' }, { name: 'asc' }],
    }),
  ]);
  const asOf = accounts.map((a) => a.balanceAsOf ?? a.connection?.lastSyncedAt ?? null).filter((d): d is Date => d !== null).sort((a, b) => a.getTime() - b.getTime()).at(-1) ?? null;
  const periodEnd = toIsoDay(asOf ?? now);
  const windowStart = addIsoDays(periodEnd, -364);
  const rows = await db.transaction.findMany({
    where: { workspaceId: user.workspaceId, accountId: { in: accounts.map((a) => a.id) }, status: 'posted', bookedOn: { gte: parseIsoDay(windowStart), lt: parseIsoDay(addIsoDays(periodEnd, 1)) } },
    select: { accountId: true, bookedOn: true, amountMinor: true, currency: true, description: true, bankMerchantName: true, bankCategory: true, bankTransactionType: true, isTransfer: true },
  });
  const currency = accounts[0]?.currency ?? 'USD';
  const firstRowDay = rows.map((row) => toIsoDay(row.bookedOn)).sort()[0] ?? periodEnd;
  const months = monthsCovered(firstRowDay > windowStart ? firstRowDay : windowStart, periodEnd);
  const byAccount = new Map<string, CashRow[]>();
  for (const row of rows) {
    if (row.currency !== currency) continue;
    const cash: CashRow = { day: toIsoDay(row.bookedOn), amountMinor: row.amountMinor, description: row.description, merchantName: row.bankMerchantName, bankCategory: row.bankCategory, bankTransactionType: row.bankTransactionType, isTransfer: row.isTransfer };
    byAccount.set(row.accountId, [...(byAccount.get(row.accountId) ?? []), cash]);
  }
  const deposit = accounts.filter((a) => a.accountCategory === 'DEPOSIT_ACCOUNT');
  // Spending as every page counts it (lib/money-meaning), over the report's accounts in its currency.
  const spendingAccountIds = accounts.filter((a) => a.currency === currency).map((a) => a.id);
  const income = detectRecurringIncome(deposit.flatMap((a) => byAccount.get(a.id) ?? []), months);
  const spending = await readReportSpending(db, user.workspaceId, spendingAccountIds, firstRowDay > windowStart ? firstRowDay : windowStart, periodEnd);

  const negative = deposit.map((account) => ({
    name: account.name,
    days: account.currentBalanceMinor === null ? 0 : negativeBalanceDays(account.currentBalanceMinor, byAccount.get(account.id) ?? [], windowStart, periodEnd),
  }));
  const overdraftFees = deposit.flatMap((a) => byAccount.get(a.id) ?? []).filter((row) => row.amountMinor < 0n && OVERDRAFT_FEE.test(row.description)).length;

  const reportAccounts: ReportAccount[] = accounts.map((account) => ({
    name: account.name,
    accountType: account.accountType,
    maskedNumber: account.maskedNumber,
    currency: account.currency,
    balanceMinor: account.currentBalanceMinor?.toString() ?? null,
    isLiability: isLiabilityCategory(account.accountCategory),
    balanceAsOf: account.balanceAsOf?.toISOString() ?? null,
    ownership: verifyOwnership(profile, parseJsonWith(bankContactSchema, account.holdersJson), parseJsonWith(bankCustomerSchema, account.connection?.customerJson ?? null)),
  }));

  const totals = new Map<string, { assets: bigint; liabilities: bigint }>();
  for (const account of accounts) {
    const total = totals.get(account.currency) ?? { assets: 0n, liabilities: 0n };
    const balance = account.currentBalanceMinor ?? 0n;
    if (isLiabilityCategory(account.accountCategory)) total.liabilities += balance;
    else total.assets += balance;
    totals.set(account.currency, total);
  }

  return {
    version: 1,
    title,
    preparedFor: profile.legalName ?? user.name ?? user.email,
    createdAt: now.toISOString(),
    dataAsOf: asOf?.toISOString() ?? null,
    currency,
    accounts: reportAccounts,
    netWorth: [...totals].map(([code, t]) => ({ currency: code, assetsMinor: t.assets.toString(), liabilitiesMinor: t.liabilities.toString(), netMinor: (t.assets - t.liabilities).toString() })),
    income: {
      periodStart: windowStart,
      periodEnd,
      months,
      monthlyAverageMinor: income.monthlyAverageMinor.toString(),
      sources: income.sources.map((source) => ({ ...source, monthlyAverageMinor: source.monthlyAverageMinor.toString() })),
    },
    spending: {
      monthlyAverageMinor: spending.monthlyAverageMinor.toString(),
      months: spending.months,
      byMonth: spending.byMonth.map((m) => ({ month: m.month, spentMinor: m.spentMinor.toString() })),
      counting: spending.counting,
    },
    negativeBalance: { days: negative.reduce((sum, a) => sum + a.days, 0), accounts: negative, overdraftFees },
  };
}
