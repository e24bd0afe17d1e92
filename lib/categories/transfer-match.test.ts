import { describe, expect, it } from 'vitest';
import { looksLikeTransfer, matchTransferPairs } from './transfer-match';

const day = (d: number) => new Date(Date.UTC(2026, 0, d));

describe('matchTransferPairs', () => {
  it('pairs equal and opposite amounts on different accounts within four days', () => {
    const pairs = matchTransferPairs([
      { id: 'chk-out', accountId: 'chk', amountMinor: -50000n, bookedOn: day(2) },
      { id: 'sav-in', accountId: 'sav', amountMinor: 50000n, bookedOn: day(3) },
      { id: 'same-account', accountId: 'chk', amountMinor: 50000n, bookedOn: day(2) },
      { id: 'too-late', accountId: 'card', amountMinor: 7000n, bookedOn: day(20) },
      { id: 'card-pay', accountId: 'chk', amountMinor: -7000n, bookedOn: day(10) },
    ]);
    expect(pairs).toEqual([['chk-out', 'sav-in']]);
  });

  it('uses each row once and prefers the closest date', () => {
    const pairs = matchTransferPairs([
      { id: 'a', accountId: 'chk', amountMinor: -100n, bookedOn: day(5) },
      { id: 'b', accountId: 'chk', amountMinor: -100n, bookedOn: day(6) },
      { id: 'far', accountId: 'sav', amountMinor: 100n, bookedOn: day(8) },
      { id: 'near', accountId: 'sav', amountMinor: 100n, bookedOn: day(5) },
    ]);
    expect(pairs).toEqual([['a', 'near'], ['b', 'far']]);
  });

  it('recognises transfer-like bank data', () => {
    expect(looksLikeTransfer('TRANSFER', 'Transfer')).toBe(true);
    expect(looksLikeTransfer('PAYMENT', 'Payment')).toBe(true);
    expect(looksLikeTransfer(null, 'Credit Card Payment')).toBe(true);
    expect(looksLikeTransfer('DEPOSIT', 'Sales')).toBe(false);
    expect(looksLikeTransfer(null, '5411')).toBe(false);
  });
});
