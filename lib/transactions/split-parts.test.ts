import { describe, expect, it } from 'vitest';
import { BadInputError } from '@/lib/errors';
import { readSplitParts, signSplitParts } from './split-parts';

describe('readSplitParts', () => {
  it('skips empty rows and parses the amounts', () => {
    expect(readSplitParts(['food', '', '', 'home'], ['12.50', '', '', '1,000'])).toEqual([
      { categoryId: 'food', amountMinor: 1250n, note: null },
      { categoryId: 'home', amountMinor: 100000n, note: null },
    ]);
  });

  it('keeps a row with an amount and no category as uncategorised', () => {
    expect(readSplitParts([''], ['3'])).toEqual([{ categoryId: null, amountMinor: 300n, note: null }]);
  });

  it('names the part whose amount is not one', () => {
    expect(() => readSplitParts(['food', 'home'], ['1', 'lots'])).toThrow(new BadInputError('Part 2: "lots" is not an amount.'));
    expect(() => readSplitParts(['food'], [''])).toThrow('Part 1: "" is not an amount.');
  });

  it('refuses more rows than a split can have', () => {
    expect(() => readSplitParts([], Array.from({ length: 21 }, () => '1'))).toThrow(BadInputError);
  });
});

describe('signSplitParts', () => {
  const parts = [
    { categoryId: 'a', amountMinor: 300n, note: null },
    { categoryId: 'b', amountMinor: -200n, note: null },
  ];

  it('gives typed positive parts of money out the transaction’s minus sign', () => {
    expect(signSplitParts(parts, -500n).map((p) => p.amountMinor)).toEqual([-300n, -200n]);
  });

  it('leaves parts of money in as typed', () => {
    expect(signSplitParts(parts, 100n).map((p) => p.amountMinor)).toEqual([300n, -200n]);
  });
});
