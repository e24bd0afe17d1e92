import { describeDay, parseIsoDay } from '../calendar.js';
import { createRng } from '../prng.js';
import type { AccountRecipe, SandboxEvent } from '../sandbox-event.js';
import { createCardCycle } from './card-cycle.js';
import { expectedRevenueForMonth, HARBOR_OPEN_DAY } from './harbor-volume.js';
import { isDayOfMonth, isLastDayOfMonth, rollCardSettle, type Merchant } from './recipe-kit.js';

// Harbor Lane's business card (supplies, software, ads) and its seasonal line
// of credit: drawn in the slow winter months, repaid through the summer.

const CARD = 'acc-harbor-card';
const SUPPLIERS: Array<Merchant & { mcc: string; weight: number }> = [
  { description: 'RESTAURANT DEPOT #0311 CHICAGO IL', payee: 'Restaurant Depot', mcc: '5141', weight: 4 },
  { description: 'AMAZON BUSINESS AMZN.COM/BILL WA', payee: 'Amazon Business', mcc: '5942', weight: 3 },
  { description: 'WEBSTAURANTSTORE 717-392-7472 PA', payee: 'WebstaurantStore', mcc: '5046', weight: 2 },
  { description: 'THE HOME DEPOT #1950 CHICAGO IL', payee: 'The Home Depot', mcc: '5200', weight: 1 },
  { description: 'FACEBK *ADS 9KQZ2LC2D2 MENLO PARK CA', payee: 'Meta Ads', mcc: '7311', weight: 2 },
  { description: 'STAPLES 00112 CHICAGO IL', payee: 'Staples', mcc: '5943', weight: 1 },
];
const SUPPLIER_BAG = SUPPLIERS.flatMap((supplier) => Array.from({ length: supplier.weight }, () => supplier));

function cardPurchasesOn(seed: string, day: number): SandboxEvent[] {
  if (day < HARBOR_OPEN_DAY) return [];
  const { year, month, weekday } = describeDay(day);
  const rng = createRng(seed, CARD, day, 'spend');
  // About 6% of revenue goes on the card in ~40 purchases a month.
  const averagePurchase = Math.max(2_000, Math.round((expectedRevenueForMonth(year, month) * 0.06) / 40));
  const events: SandboxEvent[] = [];
  const count = weekday === 1 ? 0 : (rng.chance(0.85) ? 1 : 0) + (rng.chance(0.45) ? 1 : 0);
  for (let n = 0; n < count; n++) {
    const supplier = rng.pick(SUPPLIER_BAG);
    const cents = rng.int(Math.round(averagePurchase * 0.4), Math.round(averagePurchase * 1.6));
    events.push({ secondOfDay: rng.int(8 * 3600, 20 * 3600), amountCents: cents, memo: 'DEBIT', description: supplier.description, payee: supplier.payee, category: supplier.mcc, mcc: supplier.mcc, settle: rollCardSettle(rng, cents) });
  }
  if (isDayOfMonth(day, 3)) events.push({ secondOfDay: 9_000, amountCents: year >= 2023 ? 7_200 : 6_000, memo: 'DEBIT', description: 'GOOGLE *GSUITE_harborla CC@GOOGLE.COM CA', payee: 'Google Workspace', category: '5734', mcc: '5734', settle: { lagDays: 1 } });
  if (isDayOfMonth(day, 17)) events.push({ secondOfDay: 9_000, amountCents: year >= 2021 ? 6_999 : 5_499, memo: 'DEBIT', description: 'INTUIT *QBOOKS ONLINE CL.INTUIT.COM CA', payee: 'QuickBooks', category: '5734', mcc: '5734', settle: { lagDays: 1 } });
  if (month === 12 && isDayOfMonth(day, 1) && year >= 2017) events.push({ secondOfDay: 3_600, amountCents: 9_500, memo: 'DEBIT', description: 'ANNUAL MEMBERSHIP FEE', category: 'Fees', transactionType: 'FEE' });
  return events;
}

export const harborCardAutopayOn = createCardCycle({ closeDayOfMonth: 8, autopayDayOfMonth: 20, autopayNextMonth: false, openDay: HARBOR_OPEN_DAY }, cardPurchasesOn);

export const harborCardRecipe: AccountRecipe = {
  planDay(seed, day) {
    const fixed = cardPurchasesOn(seed, day);
    const payment = harborCardAutopayOn(seed, day);
    if (payment > 0) fixed.push({ secondOfDay: 5_400, amountCents: payment, memo: 'CREDIT', description: 'AUTOMATIC PAYMENT - THANK YOU', category: 'Payment', transactionType: 'PAYMENT' });
    return { fixed, bulkCount: 0 };
  },
};

// Line of credit: the same schedule every year from 2017.
const DRAWS: Record<number, number> = { 1: 2_000_000, 2: 1_500_000 };
const REPAYMENT_CENTS = 700_000;
const REPAY_MONTHS = new Set([5, 6, 7, 8, 9]);
const LOC_RATE_BP = 975;
const FIRST_LOC_YEAR = 2017;

export function locDrawOn(day: number): number {
  const { year, month, dayOfMonth } = describeDay(day);
  return year >= FIRST_LOC_YEAR && dayOfMonth === 12 ? (DRAWS[month] ?? 0) : 0;
}

export function locRepaymentOn(day: number): number {
  const { year, month, dayOfMonth } = describeDay(day);
  return year >= FIRST_LOC_YEAR && dayOfMonth === 12 && REPAY_MONTHS.has(month) ? REPAYMENT_CENTS : 0;
}

function scheduledBalanceMidMonth(month: number): number {
  let balance = 0;
  for (let m = 1; m <= month; m++) balance += (DRAWS[m] ?? 0) - (REPAY_MONTHS.has(m) ? REPAYMENT_CENTS : 0);
  return balance;
}

function interestForMonth(year: number, month: number): number {
  if (year < FIRST_LOC_YEAR) return 0;
  return Math.round((scheduledBalanceMidMonth(month) * LOC_RATE_BP) / 120_000);
}

// Interest charged at month end is paid from checking on the 5th.
export function locInterestPaymentOn(day: number): number {
  const { year, month } = describeDay(day);
  if (!isDayOfMonth(day, 5)) return 0;
  return month === 1 ? interestForMonth(year - 1, 12) : interestForMonth(year, month - 1);
}

export const harborLocRecipe: AccountRecipe = {
  planDay(_seed, day) {
    if (day < parseIsoDay('2016-12-01')) return { fixed: [], bulkCount: 0 };
    const { year, month } = describeDay(day);
    const fixed: SandboxEvent[] = [];
    const draw = locDrawOn(day);
    if (draw) fixed.push({ secondOfDay: 36_000, amountCents: draw, memo: 'DEBIT', description: 'ADVANCE TO CHK ...9015', category: 'Transfer', transactionType: 'WITHDRAWAL' });
    const repayment = locRepaymentOn(day);
    if (repayment) fixed.push({ secondOfDay: 36_000, amountCents: repayment, memo: 'CREDIT', description: 'PAYMENT FROM CHK ...9015', category: 'Payment', transactionType: 'PAYMENT' });
    const interestPaid = locInterestPaymentOn(day);
    if (interestPaid) fixed.push({ secondOfDay: 36_100, amountCents: interestPaid, memo: 'CREDIT', description: 'INTEREST PAYMENT FROM CHK ...9015', category: 'Payment', transactionType: 'PAYMENT' });
    if (isLastDayOfMonth(day)) {
      const interest = interestForMonth(year, month);
      if (interest) fixed.push({ secondOfDay: 80_000, amountCents: interest, memo: 'DEBIT', description: 'INTEREST CHARGE', category: 'Interest', transactionType: 'INTEREST' });
    }
    return { fixed, bulkCount: 0 };
  },
};
