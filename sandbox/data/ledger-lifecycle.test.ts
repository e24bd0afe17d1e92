import { describe, expect, it } from 'vitest';
import { parseIsoDay } from './calendar.js';
import { planDay, viewEvent, type LedgerItem } from './ledger-day.js';
import { listTransactionsPage } from './ledger-page.js';
import { readPostedBalance } from './ledger-balance.js';
import { fraudKindOn, FRAUD_KINDS } from './recipes/okafor.js';

// Generation-level checks: the pending lifecycle, cross-account consistency
// and the scheduled fraud cycle, straight against the ledger.

function itemsBetween(accountId: string, from: string, to: string, today: number): LedgerItem[] {
  return listTransactionsPage(accountId, { startDay: parseIsoDay(from), endDay: parseIsoDay(to), offset: 0, limit: 5_000 }, today).items;
}

describe('pending lifecycle', () => {
  it('tips change the posted amount, and some holds vanish', () => {
    let tipped = 0;
    let vanished = 0;
    for (let day = parseIsoDay('2025-01-01'); day < parseIsoDay('2025-12-31'); day++) {
      const plan = planDay('acc-rivera-card', day);
      plan.fixed.forEach((event, n) => {
        if (!event.settle) return;
        const pending = viewEvent(plan.fixedIds[n]!, day, event, day);
        const later = viewEvent(plan.fixedIds[n]!, day, event, day + 5);
        expect(pending?.status).toBe('PENDING');
        if (event.settle.vanishes) {
          expect(later).toBeNull();
          vanished++;
        } else {
          expect(later?.status).toBe('POSTED');
          expect(later?.transactionId).not.toBe(pending?.transactionId);
          if (later!.amountCents !== pending!.amountCents) tipped++;
        }
      });
    }
    expect(tipped).toBeGreaterThan(50);
    expect(vanished).toBeGreaterThan(3);
  });
});

describe('cross-account consistency', () => {
  const today = parseIsoDay('2026-06-30');

  it('books transfers and card payments on both sides with equal amounts', () => {
    const checking = itemsBetween('acc-rivera-checking', '2025-01-01', '2025-12-31', today);
    const savings = itemsBetween('acc-rivera-savings', '2025-01-01', '2025-12-31', today);
    const card = itemsBetween('acc-rivera-card', '2025-01-01', '2025-12-31', today);
    const toSavings = checking.filter((item) => item.event.description.startsWith('Online Transfer to SAV')).map((item) => [item.originDay, item.amountCents]);
    const fromChecking = savings.filter((item) => item.event.description.startsWith('Online Transfer from CHK')).map((item) => [item.originDay, item.amountCents]);
    expect(toSavings).toHaveLength(12);
    expect(fromChecking).toEqual(toSavings);
    const paid = checking.filter((item) => item.event.description.startsWith('Payment to Chase card')).map((item) => [item.originDay, item.amountCents]);
    const received = card.filter((item) => item.event.transactionType === 'PAYMENT').map((item) => [item.originDay, item.amountCents]);
    expect(paid.length).toBeGreaterThanOrEqual(11);
    expect(received).toEqual(paid);
  });

  it('keeps the mortgage principal falling and card balances near one cycle of spending', () => {
    const start = readPostedBalance('acc-rivera-mortgage', parseIsoDay('2024-01-31'), today);
    const end = readPostedBalance('acc-rivera-mortgage', parseIsoDay('2026-01-31'), today);
    expect(end).toBeLessThan(start);
    expect(start).toBeLessThan(42_000_000);
    const card = readPostedBalance('acc-rivera-card', today, today);
    expect(card).toBeGreaterThan(0);
    expect(card).toBeLessThan(1_800_000);
  });
});

describe('fraud schedule', () => {
  it('cycles through every fraud kind', () => {
    const seen = new Set<string>();
    for (let day = parseIsoDay('2025-03-01'); day < parseIsoDay('2026-01-01'); day++) {
      const kind = fraudKindOn(day);
      if (kind) seen.add(kind);
    }
    expect([...seen].sort()).toEqual([...FRAUD_KINDS].sort());
  });
});

describe('realistic balances', () => {
  it('keeps every deposit account above zero over its whole history', () => {
    const today = parseIsoDay('2026-11-24');
    for (const accountId of ['acc-rivera-checking', 'acc-rivera-savings', 'acc-chen-checking', 'acc-harbor-checking', 'acc-okafor-checking']) {
      let min = Infinity;
      for (let day = parseIsoDay('2016-12-01'); day <= today; day++) min = Math.min(min, readPostedBalance(accountId, day, today));
      expect(min, accountId).toBeGreaterThan(0);
    }
  });
});
