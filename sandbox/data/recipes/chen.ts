import { describeDay, parseIsoDay } from '../calendar.js';
import { createRng } from '../prng.js';
import type { AccountRecipe, SandboxEvent } from '../sandbox-event.js';
import { dining, groceries, quickFood, rides, shopping } from './consumer-merchants.js';
import { ach, growCents, isDayOfMonth, isLastDayOfMonth, rollSpending } from './recipe-kit.js';

// Jamie Chen: one checking account with a debit card, rent and a salary.

const OPEN_DAY = parseIsoDay('2024-06-01');

function checkingOn(seed: string, day: number): SandboxEvent[] {
  const { year } = describeDay(day);
  const rng = createRng(seed, 'acc-chen-checking', day, 'fixed');
  const events: SandboxEvent[] = [];
  if (isDayOfMonth(day, 15) || isLastDayOfMonth(day)) events.push(ach(7_000, growCents(289_415, 2024, year, 350), 'CREDIT', 'BRIGHTWAVE MEDIA DIR DEP PPD ID: 1134000221', 'Brightwave Media', 'Payroll', 'DIRECTDEPOSIT'));
  if (isDayOfMonth(day, 1)) events.push(ach(8_000, year >= 2025 ? 235_000 : 215_000, 'DEBIT', 'BILT RENT PAYMENT WEB ID: 3022345890', 'Bilt Rent', 'Rent', 'BILLPAYMENT'));
  if (isDayOfMonth(day, 11)) events.push({ secondOfDay: 12_000, amountCents: 1_199, memo: 'DEBIT', description: 'Spotify USA 877-7781161 NY', payee: 'Spotify', category: '4899', mcc: '4899', settle: { lagDays: 1 } });
  if (isDayOfMonth(day, 24)) events.push({ secondOfDay: 12_000, amountCents: year >= 2025 ? 1_899 : 1_799, memo: 'DEBIT', description: 'HULU 877-8244858 CA', payee: 'Hulu', category: '4899', mcc: '4899', settle: { lagDays: 1 } });
  if (isDayOfMonth(day, 19)) events.push(ach(20_000, rng.int(6_500, 11_800), 'DEBIT', 'CON ED OF NY INTELL CK PPD', 'Con Edison', 'Utilities', 'BILLPAYMENT'));
  if (rng.chance(0.06)) events.push(ach(rng.int(40_000, 80_000), rng.int(1_500, 6_500), 'DEBIT', 'VENMO PAYMENT 1038871220 WEB', 'Venmo', 'Transfer', 'TRANSFER'));
  const spendRng = createRng(seed, 'acc-chen-checking', day, 'spend');
  events.push(...rollSpending(spendRng, day, [{ ...groceries, weeklyRate: 1.5 }, { ...dining, weeklyRate: 2 }, quickFood, { ...shopping, weeklyRate: 1 }, rides], { cardSettles: true }));
  return events;
}

export const chenCheckingRecipe: AccountRecipe = {
  planDay: (seed, day) => ({ fixed: day < OPEN_DAY ? [] : checkingOn(seed, day), bulkCount: 0 }),
};
