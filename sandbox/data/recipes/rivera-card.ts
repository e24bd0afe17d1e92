import { describeDay, formatIsoDay, parseIsoDay } from '../calendar.js';
import { createRng } from '../prng.js';
import type { AccountRecipe, SandboxEvent } from '../sandbox-event.js';
import { createCardCycle } from './card-cycle.js';
import { dining, fuel, groceries, priceOn, quickFood, rides, riveraSubscriptions, shopping } from './consumer-merchants.js';
import { isDayOfMonth, memoize, rollCardSettle, rollSpending } from './recipe-kit.js';

// The Riveras' Sapphire card: most everyday spending, subscriptions, travel,
// refunds and the annual fee; paid in full from joint checking.

const ACCOUNT = 'acc-rivera-card';
const OPEN_DAY = parseIsoDay('2023-12-01');
const REFUND_LAG_DAYS = 9;

const spendingOn = memoize((key: string) => {
  const [seed, dayText] = key.split('\u0001') as [string, string];
  const day = Number(dayText);
  const rng = createRng(seed, ACCOUNT, day, 'spend');
  return rollSpending(rng, day, [groceries, dining, quickFood, fuel, shopping, rides], { cardSettles: true });
}, 64);

function travelOn(seed: string, day: number): SandboxEvent[] {
  const iso = formatIsoDay(day);
  const { year, month, dayOfMonth } = describeDay(day);
  const rng = createRng(seed, ACCOUNT, day, 'travel');
  const events: SandboxEvent[] = [];
  const card = (secondOfDay: number, amountCents: number, description: string, payee: string, mcc: string, extra: Partial<SandboxEvent> = {}): SandboxEvent =>
    ({ secondOfDay, amountCents, memo: 'DEBIT', description, payee, category: mcc, mcc, settle: rollCardSettle(rng, amountCents), ...extra });
  // Flights booked each March for a June trip; the hotel lands in June.
  if (month === 3 && dayOfMonth === 11) events.push(card(72_000, rng.int(58_000, 74_000) * 2, 'UNITED 0162345678901 UNITED.COM TX', 'United Airlines', '3000'));
  if (month === 6 && dayOfMonth === 18) events.push(card(54_000, rng.int(98_000, 132_000), 'MARRIOTT SAN DIEGO MISSION BAY CA', 'Marriott', '3509'));
  if (month === 6 && dayOfMonth === 16) events.push(card(50_000, rng.int(32_000, 46_000), 'HERTZ RENT-A-CAR SAN DIEGO CA', 'Hertz', '3357'));
  // A week in Lisbon in September 2025: euro charges with their foreign amounts.
  if (iso >= '2025-09-12' && iso <= '2025-09-19') {
    const eur = (secondOfDay: number, eurCents: number, description: string, payee: string, mcc: string) => {
      const usd = Math.round((eurCents * 1172) / 1000);
      events.push(card(secondOfDay, usd, description, payee, mcc, { foreign: { amountMinor: eurCents, currency: 'EUR', country: 'PT' } }));
    };
    if (iso === '2025-09-12') eur(64_800, 184_000, 'TAP AIR PORTUGAL LISBOA PRT', 'TAP Air Portugal', '3098');
    eur(46_000 + rng.int(0, 3_000), rng.int(1_200, 3_900), 'UBER *TRIP LISBOA PRT', 'Uber', '4121');
    eur(48_600 + rng.int(0, 7_000), rng.int(2_800, 9_600), rng.pick(['TABERNA DA RUA DAS FLORES LISBOA', 'CERVEJARIA RAMIRO LISBOA', 'TIME OUT MARKET LISBOA']), 'Restaurant Lisboa', '5812');
    if (iso === '2025-09-13') eur(40_000, 620, 'PASTEIS DE BELEM LISBOA PRT', 'Pasteis de Belem', '5814');
    if (iso === '2025-09-19') eur(39_600, 142_500, 'HOTEL LISBOA PLAZA LISBOA PRT', 'Hotel Lisboa Plaza', '3501');
  }
  if (month === 2 && dayOfMonth === 14 && year >= 2024) events.push({ secondOfDay: 3_600, amountCents: 9_500, memo: 'DEBIT', description: 'ANNUAL MEMBERSHIP FEE', category: 'Fees', transactionType: 'FEE' });
  return events;
}

function purchasesOn(seed: string, day: number): SandboxEvent[] {
  if (day < OPEN_DAY) return [];
  const iso = formatIsoDay(day);
  const events = [...spendingOn(`${seed}\u0001${day}`), ...travelOn(seed, day)];
  for (const subscription of riveraSubscriptions) {
    if (!isDayOfMonth(day, subscription.dayOfMonth)) continue;
    const cents = priceOn(subscription, iso);
    events.push({ secondOfDay: 10_800, amountCents: cents, memo: 'DEBIT', description: subscription.description, payee: subscription.payee, category: subscription.mcc, mcc: subscription.mcc, settle: { lagDays: 1 } });
  }
  if (describeDay(day).month === 12 && describeDay(day).dayOfMonth === 2) {
    events.push({ secondOfDay: 20_000, amountCents: 13_900, memo: 'DEBIT', description: 'Amazon Prime*R93KD0ZL2 Amzn.com/bill WA', payee: 'Amazon Prime', category: '5968', mcc: '5968', settle: { lagDays: 1 } });
  }
  // Some Amazon orders come back nine days later as refunds.
  if (day - REFUND_LAG_DAYS >= OPEN_DAY) {
    const rng = createRng(seed, ACCOUNT, day, 'refund');
    for (const earlier of spendingOn(`${seed}\u0001${day - REFUND_LAG_DAYS}`)) {
      if (earlier.payee !== 'Amazon' || earlier.settle?.vanishes || !rng.chance(0.18)) continue;
      events.push({ secondOfDay: 30_000 + rng.int(0, 20_000), amountCents: earlier.amountCents, memo: 'CREDIT', description: `AMAZON.COM REFUND ${earlier.description.slice(7, 17)}`, payee: 'Amazon', category: earlier.category, mcc: earlier.mcc, transactionType: 'ADJUSTMENT' });
    }
  }
  return events;
}

export const riveraCardAutopayOn = createCardCycle({ closeDayOfMonth: 5, autopayDayOfMonth: 25, autopayNextMonth: false, openDay: OPEN_DAY }, purchasesOn);

export const riveraCardRecipe: AccountRecipe = {
  planDay(seed, day) {
    const fixed = purchasesOn(seed, day);
    const payment = riveraCardAutopayOn(seed, day);
    if (payment > 0) fixed.push({ secondOfDay: 25_200, amountCents: payment, memo: 'CREDIT', description: 'AUTOMATIC PAYMENT - THANK YOU', category: 'Payment', transactionType: 'PAYMENT' });
    return { fixed, bulkCount: 0 };
  },
};
