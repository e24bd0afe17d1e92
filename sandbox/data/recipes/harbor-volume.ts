import { describeDay, firstDayOfMonth, parseIsoDay } from '../calendar.js';
import { createRng } from '../prng.js';
import { readBusinessTransactionTarget } from '../settings.js';
import type { SandboxEvent } from '../sandbox-event.js';
import { memoize } from './recipe-kit.js';

// Customer deposits for Harbor Lane Bakery, the one stream that scales to a
// million+ transactions. A day's count comes from a formula plus one random
// draw, and each deposit is generated from its own (seed, day, index) stream,
// so any slice of any day costs only the items in it.

export const HARBOR_OPEN_DAY = parseIsoDay('2016-12-01');
const NOMINAL_DAYS = 3_653; // ten years: the target is spread over this span
const WEEKDAY_FACTOR = [1.3, 0, 0.8, 0.85, 0.95, 1.2, 1.5]; // closed on Mondays
const MONTH_FACTOR = [0.75, 0.8, 0.9, 1, 1.05, 1.1, 1.05, 1, 0.95, 1.05, 1.25, 1.45];
// Mean of the deposit mix below: 90% card sales, 8% wholesale, 2% catering.
export const AVERAGE_DEPOSIT_CENTS = 5_285;
export const BULK_START_SECOND = 7 * 3600;
const BULK_SPAN_SECONDS = 14 * 3600;

function shapeOf(day: number): number {
  const { year, month, weekday } = describeDay(day);
  const growth = 1 + 0.04 * (year - 2017);
  return (WEEKDAY_FACTOR[weekday] ?? 1) * (MONTH_FACTOR[month - 1] ?? 1) * growth;
}

const totalShape = memoize((_key: number) => {
  let total = 0;
  for (let day = HARBOR_OPEN_DAY; day < HARBOR_OPEN_DAY + NOMINAL_DAYS; day++) total += shapeOf(day);
  return total;
}, 1);

export function expectedDepositsOn(day: number): number {
  return (readBusinessTransactionTarget() * shapeOf(day)) / totalShape(0);
}

export function countBulkDeposits(seed: string, day: number): number {
  if (day < HARBOR_OPEN_DAY) return 0;
  const expected = expectedDepositsOn(day);
  if (expected === 0) return 0;
  const rng = createRng(seed, 'acc-harbor-checking', day, 'count');
  // Uniform +-30% around the expectation, rounded stochastically so small
  // targets still average out right.
  const raw = expected * (0.7 + 0.6 * rng.next());
  return Math.floor(raw) + (rng.next() < raw - Math.floor(raw) ? 1 : 0);
}

const WHOLESALE = ['INTELLIGENTSIA COFFEE', 'METRIC COFFEE CO', 'GREEN CITY MARKET', 'LINCOLN PARK ZOO CAFE', 'THE GODDESS AND GROCER', 'BOW TRUCK CATERING'];

export function makeBulkDeposit(seed: string, day: number, index: number, count: number): SandboxEvent {
  const rng = createRng(seed, 'acc-harbor-checking', day, 'bulk', index);
  // Deposits are spread evenly across opening hours, so index order is time order.
  const slot = BULK_SPAN_SECONDS / count;
  const secondOfDay = BULK_START_SECOND + Math.floor(index * slot + rng.next() * slot * 0.9);
  const roll = rng.next();
  if (roll < 0.9) {
    const cents = rng.int(450, 3_850);
    return { secondOfDay, amountCents: cents, memo: 'CREDIT', description: `SQUARE INC SQ${String(rng.int(100000, 999999))} SALE`, payee: 'Square', category: 'Sales', transactionType: 'DEPOSIT' };
  }
  if (roll < 0.98) {
    const customer = rng.pick(WHOLESALE);
    return { secondOfDay, amountCents: rng.int(8_000, 42_000), memo: 'CREDIT', description: `${customer} ACH PMT INV ${rng.int(1000, 9999)}`, payee: customer, category: 'Wholesale', transactionType: 'DEPOSIT' };
  }
  return { secondOfDay, amountCents: rng.int(15_000, 120_000), memo: 'CREDIT', description: 'REMOTE ONLINE DEPOSIT # 1', payee: 'Catering client', category: 'Catering', transactionType: 'DEPOSIT' };
}

// Expected revenue for a month, used to size payroll, vendors and taxes so the
// balance drifts gently upward whatever the scale.
export function expectedRevenueForMonth(year: number, month: number): number {
  return expectedRevenueMemo(`${readBusinessTransactionTarget()}|${year}-${month}`);
}

const expectedRevenueMemo = memoize((key: string) => {
  const [yearText, monthText] = key.split('|')[1]!.split('-') as [string, string];
  const year = Number(yearText);
  const month = Number(monthText);
  let revenue = 0;
  for (let day = firstDayOfMonth(year, month); describeDay(day).month === month; day++) {
    revenue += expectedDepositsOn(day) * AVERAGE_DEPOSIT_CENTS;
  }
  return Math.round(revenue);
}, 512);
