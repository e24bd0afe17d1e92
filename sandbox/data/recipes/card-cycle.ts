import { describeDay, firstDayOfMonth } from '../calendar.js';
import type { SandboxEvent } from '../sandbox-event.js';
import { memoize } from './recipe-kit.js';

// Credit cards here are paid in full: each statement's net purchases are paid
// from checking on the autopay day, so both sides use this one calculation.

export type CardCycleRules = { closeDayOfMonth: number; autopayDayOfMonth: number; autopayNextMonth: boolean; openDay: number };

export function closeDayIn(year: number, month: number, closeDayOfMonth: number): number {
  const first = firstDayOfMonth(year, month);
  const daysInMonth = describeDay(first).daysInMonth;
  return first + Math.min(closeDayOfMonth, daysInMonth) - 1;
}

export function createCardCycle(rules: CardCycleRules, purchasesOn: (seed: string, day: number) => SandboxEvent[]) {
  const statementNet = memoize((key: string) => {
    const [seed, closeDayText] = splitKey(key);
    const close = Number(closeDayText);
    const closeParts = describeDay(close);
    const prevMonth = closeParts.month === 1 ? { y: closeParts.year - 1, m: 12 } : { y: closeParts.year, m: closeParts.month - 1 };
    const start = Math.max(rules.openDay, closeDayIn(prevMonth.y, prevMonth.m, rules.closeDayOfMonth) + 1);
    let net = 0;
    for (let day = start; day <= close; day++) {
      for (const event of purchasesOn(seed, day)) {
        if (event.settle?.vanishes) continue;
        const cents = event.settle?.postedAmountCents ?? event.amountCents;
        net += event.memo === 'DEBIT' ? cents : -cents;
      }
    }
    return Math.max(net, 0);
  }, 256);

  // Returns the autopay amount due on `day`, or 0 when it is not an autopay day.
  return function autopayOn(seed: string, day: number): number {
    const parts = describeDay(day);
    if (parts.dayOfMonth !== Math.min(rules.autopayDayOfMonth, parts.daysInMonth)) return 0;
    const closeMonth = rules.autopayNextMonth ? (parts.month === 1 ? { y: parts.year - 1, m: 12 } : { y: parts.year, m: parts.month - 1 }) : { y: parts.year, m: parts.month };
    const close = closeDayIn(closeMonth.y, closeMonth.m, rules.closeDayOfMonth);
    if (close < rules.openDay) return 0;
    return statementNet(`${seed}\u0001${close}`);
  };
}

function splitKey(key: string): [string, string] {
  const at = key.lastIndexOf('\u0001');
  return [key.slice(0, at), key.slice(at + 1)];
}
