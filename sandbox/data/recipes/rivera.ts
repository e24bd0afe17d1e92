import { describeDay, formatIsoDay, monthsBetween, parseIsoDay } from '../calendar.js';
import { createRng } from '../prng.js';
import type { AccountRecipe, SandboxEvent } from '../sandbox-event.js';
import { groceries, quickFood } from './consumer-merchants.js';
import { findMortgageMonth } from './mortgage-schedule.js';
import { ach, growCents, isBiweeklyFrom, isDayOfMonth, isLastDayOfMonth, rollCardSettle, rollSpending } from './recipe-kit.js';
import { riveraCardAutopayOn } from './rivera-card.js';

// The Riveras' joint checking, savings and mortgage. Every transfer is booked
// on both sides with the same amount so balances reconcile across accounts.

const OPEN_DAY = parseIsoDay('2023-12-01');
const ALEX_PAYDAY_ANCHOR = parseIsoDay('2023-12-08');

function savingsTransferCents(day: number): number {
  return describeDay(day).year >= 2025 ? 180_000 : 150_000;
}

function isTripWithdrawal(day: number): boolean {
  const { month, dayOfMonth } = describeDay(day);
  return month === 6 && dayOfMonth === 1;
}

function checkingOn(seed: string, day: number): SandboxEvent[] {
  const { year, month } = describeDay(day);
  const rng = createRng(seed, 'acc-rivera-checking', day, 'fixed');
  const events: SandboxEvent[] = [];
  if (isBiweeklyFrom(day, ALEX_PAYDAY_ANCHOR)) {
    events.push(ach(7_200, growCents(318_422, 2023, year, 300), 'CREDIT', 'ACME ROBOTICS PAYROLL PPD ID: 9111111101', 'Acme Robotics', 'Payroll', 'DIRECTDEPOSIT'));
  }
  if (isDayOfMonth(day, 15) || isLastDayOfMonth(day)) {
    events.push(ach(7_500, growCents(261_240, 2023, year, 250), 'CREDIT', 'NORTHSHORE HEALTH DIR DEP PPD ID: 4362311888', 'NorthShore Health', 'Payroll', 'DIRECTDEPOSIT'));
  }
  const mortgage = findMortgageMonth(day);
  if (mortgage) events.push(ach(9_000, mortgage.interestCents + mortgage.principalCents + mortgage.escrowCents, 'DEBIT', 'CHASE MORTGAGE PMT ...5562', 'Chase Mortgage', 'Mortgage', 'TRANSFER'));
  const cardPayment = riveraCardAutopayOn(seed, day);
  if (cardPayment > 0) events.push(ach(25_200, cardPayment, 'DEBIT', 'Payment to Chase card ending IN 1094', 'Chase Card', 'Credit Card Payment', 'TRANSFER'));
  if (isDayOfMonth(day, 2)) events.push(ach(30_000, savingsTransferCents(day), 'DEBIT', 'Online Transfer to SAV ...7730', 'Rivera Savings', 'Transfer', 'TRANSFER'));
  if (isDayOfMonth(day, 16)) events.push(ach(30_300, 150_000, 'DEBIT', 'VANGUARD BUY INVESTMENT PPD', 'Vanguard', 'Investments', 'TRANSFER'));
  if (isDayOfMonth(day, 5)) events.push(ach(30_400, growCents(112_000, 2023, year, 400), 'DEBIT', 'BRIGHT HORIZONS TUITION WEB', 'Bright Horizons', 'Childcare', 'BILLPAYMENT'));
  if (isTripWithdrawal(day)) events.push(ach(30_600, 250_000, 'CREDIT', 'Online Transfer from SAV ...7730', 'Rivera Savings', 'Transfer', 'TRANSFER'));
  // Utilities: heating in winter, air conditioning in summer.
  const winter = month === 12 || month <= 3;
  const summer = month >= 6 && month <= 8;
  if (isDayOfMonth(day, 12)) events.push(ach(20_000, rng.int(summer ? 14_000 : 7_800, summer ? 21_500 : 11_900), 'DEBIT', 'COMED PAYMENT PPD ID: 2360938600', 'ComEd', 'Utilities', 'BILLPAYMENT'));
  if (isDayOfMonth(day, 18)) events.push(ach(20_000, rng.int(winter ? 16_000 : 3_900, winter ? 28_000 : 6_200), 'DEBIT', 'PEOPLES GAS PAYMENT WEB ID: 9036001111', 'Peoples Gas', 'Utilities', 'BILLPAYMENT'));
  if (isDayOfMonth(day, 7)) events.push(ach(21_000, formatIsoDay(day) >= '2025-03-07' ? 8_499 : 7_999, 'DEBIT', 'COMCAST XFINITY 800-934-6489 CHICAGO', 'Xfinity', 'Utilities', 'BILLPAYMENT'));
  if (isDayOfMonth(day, 22)) events.push(ach(21_000, 14_237, 'DEBIT', 'VERIZON WIRELESS PAYMENTS PPD', 'Verizon Wireless', 'Utilities', 'BILLPAYMENT'));
  // Landscaping by paper check, once a month in the growing season.
  if (month >= 4 && month <= 10 && isDayOfMonth(day, 10)) {
    const checkNumber = 1001 + monthsBetween(OPEN_DAY, day);
    events.push({ secondOfDay: 39_000, amountCents: 14_500, memo: 'DEBIT', description: `CHECK ${checkNumber}`, payee: 'GreenLeaf Landscaping', category: 'Home Services', transactionType: 'CHECK', checkNumber });
  }
  if (rng.chance(0.05)) events.push({ secondOfDay: rng.int(36_000, 70_000), amountCents: 12_000, memo: 'DEBIT', description: 'ATM WITHDRAWAL 002817 1601 N MILWAUKEE CHICAGO IL', category: 'Cash', transactionType: 'ATMWITHDRAWAL' });
  if (rng.chance(0.012)) events.push({ secondOfDay: rng.int(36_000, 70_000), amountCents: 300, memo: 'DEBIT', description: 'NON-CHASE ATM FEE-WITH', category: 'Fees', transactionType: 'FEE' });
  if (rng.chance(0.04)) events.push(ach(rng.int(40_000, 80_000), rng.int(2_000, 12_000), 'DEBIT', 'Zelle payment to Maria Gomez JPM99b2k3', 'Maria Gomez', 'Transfer', 'TRANSFER'));
  if (rng.chance(0.03)) events.push(ach(rng.int(40_000, 80_000), rng.int(1_500, 9_000), 'CREDIT', 'VENMO CASHOUT PPD ID: 5264681992', 'Venmo', 'Transfer', 'TRANSFER'));
  // A little debit-card spending that does not go on the credit card.
  const debitRng = createRng(seed, 'acc-rivera-checking', day, 'debit');
  events.push(...rollSpending(debitRng, day, [{ ...quickFood, weeklyRate: 0.6 }, { ...groceries, weeklyRate: 0.3 }], { cardSettles: true }));
  if (rng.chance(0.01)) {
    const cents = rng.int(2_000, 6_000);
    events.push({ secondOfDay: rng.int(40_000, 60_000), amountCents: cents, memo: 'DEBIT', description: 'HOTEL INCIDENTALS HOLD', category: '3501', mcc: '3501', settle: { ...rollCardSettle(rng, cents), vanishes: true } });
  }
  return events;
}

function savingsOn(_seed: string, day: number): SandboxEvent[] {
  const events: SandboxEvent[] = [];
  if (isDayOfMonth(day, 2)) events.push(ach(30_000, savingsTransferCents(day), 'CREDIT', 'Online Transfer from CHK ...4821', 'Rivera Checking', 'Transfer', 'TRANSFER'));
  if (isTripWithdrawal(day)) events.push(ach(30_600, 250_000, 'DEBIT', 'Online Transfer to CHK ...4821', 'Rivera Checking', 'Transfer', 'TRANSFER'));
  if (isLastDayOfMonth(day)) {
    // Interest on an estimate of the balance built from the transfer schedule:
    // cheap to compute for any month without replaying history.
    const months = monthsBetween(OPEN_DAY, day);
    const withdrawals = Math.floor((months + 6) / 12) * 250_000;
    const approxBalance = 1_250_000 + months * 160_000 - withdrawals;
    events.push(ach(82_800, Math.max(1, Math.round((approxBalance * 410) / 1_200_000)), 'CREDIT', 'INTEREST PAYMENT', 'Chase', 'Interest', 'INTEREST'));
  }
  return events;
}

function mortgageOn(_seed: string, day: number): SandboxEvent[] {
  const month = findMortgageMonth(day);
  if (!month) return [];
  return [
    { secondOfDay: 9_000, amountCents: month.interestCents, memo: 'DEBIT', description: 'INTEREST CHARGED', category: 'Interest', transactionType: 'INTEREST' },
    { secondOfDay: 9_001, amountCents: month.escrowCents, memo: 'DEBIT', description: 'ESCROW DISBURSEMENT RESERVE (TAXES AND INSURANCE)', category: 'Escrow', transactionType: 'ADJUSTMENT' },
    { secondOfDay: 9_002, amountCents: month.interestCents + month.principalCents + month.escrowCents, memo: 'CREDIT', description: 'PAYMENT RECEIVED - THANK YOU', category: 'Payment', transactionType: 'PAYMENT' },
  ];
}

const onlyAfterOpen = (fn: (seed: string, day: number) => SandboxEvent[]): AccountRecipe => ({
  planDay: (seed, day) => ({ fixed: day < OPEN_DAY ? [] : fn(seed, day), bulkCount: 0 }),
});

export const riveraCheckingRecipe = onlyAfterOpen(checkingOn);
export const riveraSavingsRecipe = onlyAfterOpen(savingsOn);
export const riveraMortgageRecipe = onlyAfterOpen(mortgageOn);
