import { parseIsoDay } from '../calendar.js';
import { createRng } from '../prng.js';
import type { AccountRecipe, SandboxEvent } from '../sandbox-event.js';
import { createCardCycle } from './card-cycle.js';
import { dining, fuel, groceries } from './consumer-merchants.js';
import { ach, isDayOfMonth, rollSpending } from './recipe-kit.js';

// The second sandbox bank (Lakeshore Credit Union): short, small histories, deterministic from the
// seed like the others. The Riveras' second card (fuel and groceries, paid in full each month) and
// the bakery's second checking account (a payroll account funded from the main one).

const RIVERA_CARD = 'acc-cu-rivera-card';
const RIVERA_CARD_OPEN = parseIsoDay('2025-06-01');
const HARBOR_CHECKING = 'acc-cu-harbor-checking';
const HARBOR_CHECKING_OPEN = parseIsoDay('2025-09-01');

function riveraCardPurchasesOn(seed: string, day: number): SandboxEvent[] {
  if (day < RIVERA_CARD_OPEN) return [];
  const rng = createRng(seed, RIVERA_CARD, day, 'spend');
  return rollSpending(rng, day, [{ ...fuel, weeklyRate: 1 }, { ...groceries, weeklyRate: 0.8 }, { ...dining, weeklyRate: 0.5 }], { cardSettles: true });
}

const riveraCardAutopayOn = createCardCycle({ closeDayOfMonth: 20, autopayDayOfMonth: 12, autopayNextMonth: true, openDay: RIVERA_CARD_OPEN }, riveraCardPurchasesOn);

export const creditUnionRiveraCardRecipe: AccountRecipe = {
  planDay(seed, day) {
    const fixed = riveraCardPurchasesOn(seed, day);
    const payment = riveraCardAutopayOn(seed, day);
    if (payment > 0) fixed.push({ secondOfDay: 25_200, amountCents: payment, memo: 'CREDIT', description: 'PAYMENT RECEIVED - THANK YOU', category: 'Payment', transactionType: 'PAYMENT' });
    return { fixed, bulkCount: 0 };
  },
};

function harborPayrollOn(seed: string, day: number): SandboxEvent[] {
  if (day < HARBOR_CHECKING_OPEN) return [];
  const rng = createRng(seed, HARBOR_CHECKING, day, 'fixed');
  const events: SandboxEvent[] = [];
  // Funded from the main checking account, then paid out to two part-time bakers.
  if (isDayOfMonth(day, 14) || isDayOfMonth(day, 28)) {
    const wages = [rng.int(98_000, 126_000), rng.int(84_000, 112_000)];
    events.push(ach(21_600, wages[0]! + wages[1]! + 5_000, 'CREDIT', 'TRANSFER FROM CHK ...9015 HARBOR LANE BAKERY', 'Harbor Lane Bakery', 'Transfer', 'TRANSFER'));
    events.push(ach(30_000, wages[0]!, 'DEBIT', 'GUSTO PAY 2231 PAYROLL PPD', 'Gusto', 'Payroll', 'DIRECTDEBIT'));
    events.push(ach(30_060, wages[1]!, 'DEBIT', 'GUSTO PAY 2232 PAYROLL PPD', 'Gusto', 'Payroll', 'DIRECTDEBIT'));
  }
  if (isDayOfMonth(day, 1)) events.push(ach(10_800, 1_500, 'DEBIT', 'MONTHLY SERVICE FEE', 'Lakeshore Credit Union', 'Fees', 'FEE'));
  return events;
}

export const creditUnionHarborCheckingRecipe: AccountRecipe = {
  planDay: (seed, day) => ({ fixed: harborPayrollOn(seed, day), bulkCount: 0 }),
};
