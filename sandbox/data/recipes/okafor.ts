import { describeDay, parseIsoDay } from '../calendar.js';
import { createRng } from '../prng.js';
import type { AccountRecipe, SandboxEvent } from '../sandbox-event.js';
import { createCardCycle } from './card-cycle.js';
import { dining, groceries, quickFood, shopping } from './consumer-merchants.js';
import { ach, isDayOfMonth, rollCardSettle, rollSpending } from './recipe-kit.js';

// Taylor Okafor: ordinary spending with fraud mixed in. Every 45 days from the
// opening date one scenario fires, cycling through four kinds, so advancing the
// sandbox clock keeps bringing fresh cases. (The holder change lives in contacts.ts.)

const OPEN_DAY = parseIsoDay('2025-03-01');
export const FRAUD_PERIOD_DAYS = 45;
export const FRAUD_KINDS = ['card_testing', 'large_charge', 'foreign_merchant', 'duplicate_charge'] as const;
export type FraudKind = (typeof FRAUD_KINDS)[number];

export function fraudKindOn(day: number): FraudKind | undefined {
  const since = day - OPEN_DAY - 20;
  if (since < 0 || since % FRAUD_PERIOD_DAYS !== 0) return undefined;
  return FRAUD_KINDS[(since / FRAUD_PERIOD_DAYS) % FRAUD_KINDS.length];
}

function fraudEvents(seed: string, day: number): SandboxEvent[] {
  const kind = fraudKindOn(day);
  if (!kind) return [];
  const rng = createRng(seed, 'acc-okafor-card', day, 'fraud');
  const card = (secondOfDay: number, amountCents: number, description: string, payee: string, mcc: string, extra: Partial<SandboxEvent> = {}): SandboxEvent =>
    ({ secondOfDay, amountCents, memo: 'DEBIT', description, payee, category: mcc, mcc, settle: { lagDays: rng.int(1, 2) }, ...extra });
  switch (kind) {
    case 'card_testing': {
      // 14-20 tiny charges at web merchants inside six minutes, at 03:12 UTC.
      const start = 3 * 3600 + 12 * 60;
      const count = rng.int(14, 20);
      const merchants = ['PAYPAL *DONATEFAST', 'SP * GIFTLY CARDS', 'WWW.QUICKTIPS.IO', 'DIGITALOCEAN.COM'];
      return Array.from({ length: count }, (_, n) => card(start + Math.floor((n * 360) / count), rng.int(50, 199), rng.pick(merchants), 'Unknown merchant', '5999'));
    }
    case 'large_charge':
      return [card(46_000, rng.int(640_000, 720_000), 'LUXE TIMEPIECES INTL NEW YORK NY', 'Luxe Timepieces', '5944')];
    case 'foreign_merchant': {
      const foreignCents = rng.int(1_800_000, 2_600_000); // MXN
      return [card(14_400, Math.round(foreignCents / 18.4), 'MERCADOLIBRE*ELECTRONICA CIUDAD DE MEX', 'Mercado Libre', '5732', { foreign: { amountMinor: foreignCents, currency: 'MXN', country: 'MX' } })];
    }
    case 'duplicate_charge': {
      const cents = rng.int(8_900, 24_900);
      return [card(52_000, cents, 'BEST BUY 00014753 CHICAGO IL', 'Best Buy', '5732'), card(52_000 + rng.int(60, 240), cents, 'BEST BUY 00014753 CHICAGO IL', 'Best Buy', '5732')];
    }
  }
}

function cardPurchasesOn(seed: string, day: number): SandboxEvent[] {
  if (day < OPEN_DAY) return [];
  const rng = createRng(seed, 'acc-okafor-card', day, 'spend');
  return [...rollSpending(rng, day, [{ ...groceries, weeklyRate: 1.2 }, { ...dining, weeklyRate: 1.5 }, { ...quickFood, weeklyRate: 2 }, { ...shopping, weeklyRate: 1 }], { cardSettles: true }), ...fraudEvents(seed, day)];
}

export const okaforCardAutopayOn = createCardCycle({ closeDayOfMonth: 12, autopayDayOfMonth: 4, autopayNextMonth: true, openDay: OPEN_DAY }, cardPurchasesOn);

export const okaforCardRecipe: AccountRecipe = {
  planDay(seed, day) {
    const fixed = cardPurchasesOn(seed, day);
    const payment = okaforCardAutopayOn(seed, day);
    if (payment) fixed.push({ secondOfDay: 25_200, amountCents: payment, memo: 'CREDIT', description: 'AUTOMATIC PAYMENT - THANK YOU', category: 'Payment', transactionType: 'PAYMENT' });
    return { fixed, bulkCount: 0 };
  },
};

export const okaforCheckingRecipe: AccountRecipe = {
  planDay(seed, day) {
    if (day < OPEN_DAY) return { fixed: [], bulkCount: 0 };
    const { year } = describeDay(day);
    const rng = createRng(seed, 'acc-okafor-checking', day, 'fixed');
    const fixed: SandboxEvent[] = [];
    if (isDayOfMonth(day, 1) || isDayOfMonth(day, 16)) fixed.push(ach(7_000, year >= 2026 ? 268_800 : 259_000, 'CREDIT', 'LAKESIDE LOGISTICS DIR DEP PPD', 'Lakeside Logistics', 'Payroll', 'DIRECTDEPOSIT'));
    if (isDayOfMonth(day, 3)) fixed.push(ach(8_000, 184_500, 'DEBIT', 'HYDE PARK TOWERS RENT WEB', 'Hyde Park Towers', 'Rent', 'BILLPAYMENT'));
    const cardPayment = okaforCardAutopayOn(seed, day);
    if (cardPayment) fixed.push(ach(25_200, cardPayment, 'DEBIT', 'Payment to Chase card ending IN 4409', 'Chase Card', 'Credit Card Payment', 'TRANSFER'));
    if (isDayOfMonth(day, 9)) fixed.push(ach(20_000, 8_999, 'DEBIT', 'T-MOBILE PCS SVC WEB', 'T-Mobile', 'Utilities', 'BILLPAYMENT'));
    if (rng.chance(0.08)) {
      const cents = rng.int(600, 2_400);
      fixed.push({ secondOfDay: rng.int(30_000, 70_000), amountCents: cents, memo: 'DEBIT', description: 'WALGREENS #4281 CHICAGO IL', payee: 'Walgreens', category: '5912', mcc: '5912', settle: rollCardSettle(rng, cents) });
    }
    return { fixed, bulkCount: 0 };
  },
};
