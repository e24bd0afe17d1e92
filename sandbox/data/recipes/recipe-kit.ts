import { describeDay } from '../calendar.js';
import type { Rng } from '../prng.js';
import type { SandboxEvent } from '../sandbox-event.js';

// Building blocks shared by the account recipes.

export type Merchant = { description: string; payee: string };

export type SpendTemplate = {
  weeklyRate: number; // expected purchases per week
  merchants: readonly Merchant[];
  minCents: number;
  maxCents: number;
  category: string;
  mcc: string;
  hours: readonly [number, number]; // local-ish hours of day the purchase happens
  tipBasisPoints?: readonly [number, number]; // restaurants: posted amount includes a tip
  preAuthCents?: number; // fuel pumps: pending shows a fixed pre-authorisation
  weekendBoost?: number;
};

export function rollSpending(rng: Rng, day: number, templates: readonly SpendTemplate[], opts: { cardSettles: boolean }): SandboxEvent[] {
  const { weekday } = describeDay(day);
  const weekend = weekday === 0 || weekday === 6;
  const events: SandboxEvent[] = [];
  for (const template of templates) {
    const dailyRate = (template.weeklyRate / 7) * (weekend ? (template.weekendBoost ?? 1) : 1);
    // At most two of a kind per day keeps the arithmetic integer and the data believable.
    const count = (rng.chance(Math.min(dailyRate, 0.95)) ? 1 : 0) + (dailyRate > 1 && rng.chance(dailyRate - 1) ? 1 : 0);
    for (let n = 0; n < count; n++) {
      const merchant = rng.pick(template.merchants);
      const amountCents = rng.int(template.minCents, template.maxCents);
      const secondOfDay = rng.int(template.hours[0] * 3600, template.hours[1] * 3600 - 1);
      const event: SandboxEvent = { secondOfDay, amountCents, memo: 'DEBIT', description: merchant.description, payee: merchant.payee, category: template.mcc, mcc: template.mcc };
      if (opts.cardSettles) event.settle = rollCardSettle(rng, amountCents, template);
      events.push(event);
    }
  }
  return events;
}

// Card authorisations post 1-5 days later; restaurants add the tip at
// posting, fuel pumps pre-authorise a fixed amount, and a few holds vanish.
export function rollCardSettle(rng: Rng, amountCents: number, template?: Pick<SpendTemplate, 'tipBasisPoints' | 'preAuthCents'>): NonNullable<SandboxEvent['settle']> {
  const lagRoll = rng.next();
  const lagDays = lagRoll < 0.45 ? 1 : lagRoll < 0.75 ? 2 : lagRoll < 0.9 ? 3 : lagRoll < 0.97 ? 4 : 5;
  if (rng.chance(0.025)) return { lagDays, vanishes: true };
  if (template?.tipBasisPoints) {
    const tip = Math.round((amountCents * rng.int(template.tipBasisPoints[0], template.tipBasisPoints[1])) / 10_000);
    return { lagDays, postedAmountCents: amountCents + tip };
  }
  return { lagDays };
}

export function isBiweeklyFrom(day: number, anchorDay: number): boolean {
  return day >= anchorDay && (day - anchorDay) % 14 === 0;
}

export function isDayOfMonth(day: number, dayOfMonth: number): boolean {
  const parts = describeDay(day);
  // "31st" means the last day in shorter months.
  return parts.dayOfMonth === Math.min(dayOfMonth, parts.daysInMonth);
}

export function isLastDayOfMonth(day: number): boolean {
  const parts = describeDay(day);
  return parts.dayOfMonth === parts.daysInMonth;
}

// Yearly raises and price changes, in basis points per elapsed year.
export function growCents(baseCents: number, fromYear: number, year: number, basisPointsPerYear: number): number {
  let cents = baseCents;
  for (let y = fromYear; y < year; y++) cents = Math.round((cents * (10_000 + basisPointsPerYear)) / 10_000);
  return cents;
}

export function ach(secondOfDay: number, amountCents: number, memo: 'DEBIT' | 'CREDIT', description: string, payee: string, category: string, transactionType: string): SandboxEvent {
  return { secondOfDay, amountCents, memo, description, payee, category, transactionType };
}

export function memoize<A extends string | number, R>(fn: (key: A) => R, maxEntries = 512): (key: A) => R {
  const cache = new Map<A, R>();
  return (key: A) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = fn(key);
    if (cache.size >= maxEntries) cache.delete(cache.keys().next().value as A);
    cache.set(key, value);
    return value;
  };
}
