import { describeDay, parseIsoDay } from '../calendar.js';
import { createRng } from '../prng.js';
import type { AccountRecipe, SandboxEvent } from '../sandbox-event.js';
import { harborCardAutopayOn, locDrawOn, locInterestPaymentOn, locRepaymentOn } from './harbor-credit.js';
import { countBulkDeposits, expectedRevenueForMonth, HARBOR_OPEN_DAY, makeBulkDeposit } from './harbor-volume.js';
import { ach, isBiweeklyFrom, isDayOfMonth } from './recipe-kit.js';

// Harbor Lane Bakery's operating account. Costs are sized as shares of the
// expected revenue so the balance stays sensible at any SANDBOX_BUSINESS_TRANSACTIONS.
// Scheduled items land before 07:00, ahead of the day's customer deposits.

const PAYROLL_ANCHOR = parseIsoDay('2016-12-02');
const EIDL_START = parseIsoDay('2020-07-15');

function share(revenueCents: number, basisPoints: number, rngFactor = 1): number {
  return Math.max(100, Math.round(((revenueCents * basisPoints) / 10_000) * rngFactor));
}

function fixedOn(seed: string, day: number): SandboxEvent[] {
  const { year, month, weekday } = describeDay(day);
  const revenue = expectedRevenueForMonth(year, month);
  const prevRevenue = month === 1 ? expectedRevenueForMonth(year - 1, 12) : expectedRevenueForMonth(year, month - 1);
  const rng = createRng(seed, 'acc-harbor-checking', day, 'fixed');
  const jitter = () => 0.85 + rng.next() * 0.3;
  const events: SandboxEvent[] = [];
  if (isBiweeklyFrom(day, PAYROLL_ANCHOR)) {
    const net = share(revenue, 2200 * 12 / 26 * 1, jitter());
    events.push(ach(3_600, net, 'DEBIT', 'GUSTO PAYROLL NET 7ZK2M1 CCD', 'Gusto', 'Payroll', 'TRANSFER'));
    events.push(ach(3_700, Math.round(net * 0.3), 'DEBIT', 'GUSTO TAX 7ZK2M1 CCD', 'Gusto', 'Payroll Taxes', 'TRANSFER'));
  }
  if (isDayOfMonth(day, 1)) events.push(ach(4_000, share(expectedRevenueForMonth(year, 6), 900), 'DEBIT', 'CLYBOURN PROPERTIES RENT WEB', 'Clybourn Properties', 'Rent', 'BILLPAYMENT'));
  if (weekday === 2) events.push(ach(4_200, share(revenue, 1400 * 12 / 52, jitter()), 'DEBIT', 'SYSCO CHICAGO INC ACH CCD', 'Sysco', 'Supplies', 'BILLPAYMENT'));
  if (weekday === 4) events.push(ach(4_200, share(revenue, 600 * 12 / 52, jitter()), 'DEBIT', 'KING ARTHUR BAKING CO ACH CCD', 'King Arthur Baking', 'Supplies', 'BILLPAYMENT'));
  if (isDayOfMonth(day, 14)) events.push(ach(4_400, share(revenue, month >= 6 && month <= 8 ? 180 : 110, jitter()), 'DEBIT', 'COMED PAYMENT PPD ID: 2360938600', 'ComEd', 'Utilities', 'BILLPAYMENT'));
  if (isDayOfMonth(day, 16)) events.push(ach(4_400, share(revenue, month <= 3 || month === 12 ? 160 : 60, jitter()), 'DEBIT', 'PEOPLES GAS PAYMENT WEB', 'Peoples Gas', 'Utilities', 'BILLPAYMENT'));
  if (isDayOfMonth(day, 20)) events.push(ach(4_600, share(prevRevenue, 625), 'DEBIT', 'IL DEPT OF REVENUE EDI PYMNT CCD', 'Illinois Department of Revenue', 'Taxes', 'BILLPAYMENT'));
  if (isDayOfMonth(day, 15) && [1, 4, 6, 9].includes(month)) events.push(ach(4_800, share(prevRevenue * 3, 400), 'DEBIT', 'IRS USATAXPYMT CCD', 'IRS', 'Taxes', 'BILLPAYMENT'));
  if (day >= EIDL_START && isDayOfMonth(day, 15)) events.push(ach(5_000, 73_100, 'DEBIT', 'SBA EIDL LOAN PMT CCD', 'SBA', 'Loan Payment', 'BILLPAYMENT'));
  if (isDayOfMonth(day, 28)) events.push(ach(5_200, share(revenue, 1900), 'DEBIT', 'ONLINE TRANSFER TO OWNER DRAW ...5521', 'Owner draw', 'Owner Draw', 'TRANSFER'));
  const cardPayment = harborCardAutopayOn(seed, day);
  if (cardPayment) events.push(ach(5_400, cardPayment, 'DEBIT', 'Payment to Chase card ending IN 6648', 'Chase Card', 'Credit Card Payment', 'TRANSFER'));
  const draw = locDrawOn(day);
  if (draw) events.push(ach(5_600, draw, 'CREDIT', 'ADVANCE FROM LOC ...2271', 'Chase Line of Credit', 'Loan', 'TRANSFER'));
  const repayment = locRepaymentOn(day);
  if (repayment) events.push(ach(5_600, repayment, 'DEBIT', 'PAYMENT TO LOC ...2271', 'Chase Line of Credit', 'Loan Payment', 'TRANSFER'));
  const interest = locInterestPaymentOn(day);
  if (interest) events.push(ach(5_700, interest, 'DEBIT', 'LOC INTEREST PAYMENT ...2271', 'Chase Line of Credit', 'Interest', 'TRANSFER'));
  if (isDayOfMonth(day, 31)) events.push({ secondOfDay: 6_000, amountCents: 1_500, memo: 'DEBIT', description: 'MONTHLY SERVICE FEE', category: 'Fees', transactionType: 'FEE' });
  return events;
}

export const harborCheckingRecipe: AccountRecipe = {
  planDay(seed, day) {
    if (day < HARBOR_OPEN_DAY) return { fixed: [], bulkCount: 0 };
    return { fixed: fixedOn(seed, day), bulkCount: countBulkDeposits(seed, day) };
  },
  makeBulkEvent(seed, day, index, count) {
    return makeBulkDeposit(seed, day, index, count);
  },
};
