import type { AccountProfile } from '../data/account-profiles.js';
import type { SandboxAccountSummary } from '../data/customers.js';
import { formatIsoDay, formatTimestamp } from '../data/calendar.js';
import type { LedgerItem } from '../data/ledger-day.js';
import { readBalances, readPostedBalance } from '../data/ledger-balance.js';
import { toFdxAmount } from '../data/money.js';
import { readMortgageSchedule } from '../data/recipes/mortgage-schedule.js';
import { serializeInvestmentFields } from './serialize-investment.js';

// Sandbox records to FDX v4 JSON. Amounts become decimal numbers only here.

const WRAPPER = { DEPOSIT_ACCOUNT: 'depositAccount', LOC_ACCOUNT: 'locAccount', LOAN_ACCOUNT: 'loanAccount', INVESTMENT_ACCOUNT: 'investmentAccount' } as const;
const TXN_WRAPPER = { DEPOSIT_ACCOUNT: 'depositTransaction', LOC_ACCOUNT: 'locTransaction', LOAN_ACCOUNT: 'loanTransaction', INVESTMENT_ACCOUNT: 'investmentTransaction' } as const;
const LOC_TYPES = new Set(['ADJUSTMENT', 'CHECK', 'FEE', 'INTEREST', 'PAYMENT', 'WITHDRAWAL']);
const LOAN_TYPES = new Set(['ADJUSTMENT', 'FEE', 'INTEREST', 'PAYMENT']);
const midnight = (day: number) => formatTimestamp(day, 0);

export function serializeDescriptor(summary: SandboxAccountSummary, profile: AccountProfile): Record<string, unknown> {
  return {
    [WRAPPER[summary.accountCategory]]: {
      accountId: summary.accountId,
      accountType: summary.accountType,
      accountNumberDisplay: summary.maskedNumber,
      productName: profile.productName,
      nickname: summary.nickname,
      status: 'OPEN',
      currency: { currencyCode: 'USD' },
    },
  };
}

export function serializeDetails(summary: SandboxAccountSummary, profile: AccountProfile, today: number, now: Date): Record<string, unknown> {
  const wrapper = WRAPPER[summary.accountCategory];
  const base = (serializeDescriptor(summary, profile)[wrapper] ?? {}) as Record<string, unknown>;
  const details: Record<string, unknown> = { ...base, balanceAsOf: now.toISOString() };
  // Investment accounts are valued from their holdings, not from a ledger of postings.
  if (summary.accountCategory === 'INVESTMENT_ACCOUNT') return { [wrapper]: { ...details, ...serializeInvestmentFields(today) } };
  const { currentCents, pendingNetCents } = readBalances(summary.accountId, today);
  if (summary.accountCategory === 'DEPOSIT_ACCOUNT') {
    Object.assign(details, { currentBalance: toFdxAmount(currentCents), availableBalance: toFdxAmount(currentCents + pendingNetCents) });
    if (profile.interestRatePercent) Object.assign(details, { interestRate: profile.interestRatePercent });
  } else if (summary.accountCategory === 'LOC_ACCOUNT') {
    const creditLine = profile.creditLineCents ?? 0;
    const owed = currentCents + pendingNetCents;
    Object.assign(details, {
      currentBalance: toFdxAmount(currentCents),
      creditLine: toFdxAmount(creditLine),
      availableCredit: toFdxAmount(Math.max(0, creditLine - owed)),
      principalBalance: toFdxAmount(currentCents),
      minimumPaymentAmount: toFdxAmount(Math.min(currentCents > 0 ? Math.max(3_500, Math.round(currentCents / 100)) : 0, Math.max(currentCents, 0))),
      ...(profile.purchasesAprPercent ? { purchasesApr: profile.purchasesAprPercent, advancesApr: profile.advancesAprPercent } : {}),
    });
  } else if (summary.accountCategory === 'LOAN_ACCOUNT') {
    const schedule = readMortgageSchedule();
    const past = schedule.filter((month) => month.paymentDay <= today);
    const last = past.at(-1);
    const next = schedule[past.length];
    const year = new Date(now).getUTCFullYear();
    const interestYtd = past.filter((month) => formatIsoDay(month.paymentDay).startsWith(String(year))).reduce((sum, month) => sum + month.interestCents, 0);
    const loan = profile.loan!;
    Object.assign(details, {
      accountNumber: profile.accountNumber,
      principalBalance: toFdxAmount(readPostedBalance(summary.accountId, today, today)),
      escrowBalance: toFdxAmount(loan.monthlyEscrowCents * 4),
      originalPrincipal: toFdxAmount(loan.originalPrincipalCents),
      originatingDate: midnight(profile.openDay),
      loanTerm: loan.termMonths,
      interestRate: profile.interestRatePercent,
      interestRateType: profile.interestRateType,
      interestPaidYearToDate: toFdxAmount(interestYtd),
      maturityDate: midnight(schedule.at(-1)!.paymentDay),
      ...(next ? { nextPaymentAmount: toFdxAmount(next.interestCents + next.principalCents + next.escrowCents), nextPaymentDate: midnight(next.paymentDay) } : {}),
      ...(last ? { lastPaymentAmount: toFdxAmount(last.interestCents + last.principalCents + last.escrowCents), lastPaymentDate: midnight(last.paymentDay) } : {}),
    });
  }
  return { [wrapper]: details };
}

export function serializeTransaction(summary: SandboxAccountSummary, item: LedgerItem): Record<string, unknown> {
  const { event } = item;
  const body: Record<string, unknown> = {
    transactionId: item.transactionId,
    ...(item.referenceTransactionId ? { referenceTransactionId: item.referenceTransactionId } : {}),
    ...(item.postedDay !== undefined ? { postedTimestamp: item.postedDay === item.originDay ? formatTimestamp(item.originDay, event.secondOfDay) : formatTimestamp(item.postedDay, 9 * 3600) } : {}),
    transactionTimestamp: formatTimestamp(item.originDay, event.secondOfDay),
    description: event.description,
    debitCreditMemo: event.memo,
    status: item.status,
    amount: toFdxAmount(item.amountCents),
    category: event.category,
    ...(event.mcc ? { subCategory: 'MCC' } : {}),
    ...(event.foreign ? { foreignAmount: toFdxAmount(event.foreign.amountMinor), foreignCurrency: event.foreign.currency } : {}),
  };
  if (summary.accountCategory === 'DEPOSIT_ACCOUNT') {
    Object.assign(body, { ...(event.payee ? { payee: event.payee.slice(0, 255) } : {}), ...(event.checkNumber ? { checkNumber: event.checkNumber } : {}), ...(event.transactionType ? { transactionType: event.transactionType } : {}) });
  } else if (summary.accountCategory === 'LOC_ACCOUNT') {
    if (event.transactionType && LOC_TYPES.has(event.transactionType)) body.transactionType = event.transactionType;
  } else if (summary.accountCategory === 'LOAN_ACCOUNT') {
    if (event.transactionType && LOAN_TYPES.has(event.transactionType)) body.transactionType = event.transactionType;
  }
  return { [TXN_WRAPPER[summary.accountCategory]]: body };
}
