import { describe, expect, it } from 'vitest';
import { addMoney, decimalToMinorUnits, formatMoney, minorUnitsToDecimal, parseAmountText, parseMoney } from './money';

describe('decimalToMinorUnits', () => {
  it.each([
    ['12.34', 1234n],
    [12.34, 1234n],
    [0.1, 10n],
    [0.29, 29n], // 0.29 * 100 is 28.999999999999996 in floats
    [1.005, null],
    ['-0.05', -5n],
    ['7', 700n],
    ['7.', 700n],
    ['.5', 50n],
    [19.9, 1990n],
    [1e21, 100000000000000000000000n],
    [123456789012.34, 12345678901234n],
    ['1.20000', 120n],
    ['5e-2', 5n],
  ] as const)('%s → %s', (input, expected) => {
    if (expected === null) expect(() => decimalToMinorUnits(input)).toThrow(RangeError);
    else expect(decimalToMinorUnits(input)).toBe(expected);
  });

  it('uses the currency exponent', () => {
    expect(decimalToMinorUnits('1500', 0)).toBe(1500n);
    expect(decimalToMinorUnits('1.234', 3)).toBe(1234n);
    expect(() => decimalToMinorUnits('15.5', 0)).toThrow(RangeError);
  });

  it('rejects things that are not amounts', () => {
    for (const bad of ['', 'abc', '1,000.00', '--1', Number.NaN, Number.POSITIVE_INFINITY, '1.2.3']) {
      expect(() => decimalToMinorUnits(bad)).toThrow(RangeError);
    }
  });

  it('agrees with exact cents for every amount up to $100', () => {
    for (let cents = 0; cents <= 10_000; cents++) {
      expect(decimalToMinorUnits(cents / 100)).toBe(BigInt(cents));
    }
  });
});

describe('minorUnitsToDecimal / formatMoney / parseMoney / addMoney', () => {
  it('round-trips', () => {
    for (const minor of [0n, 5n, -5n, 1234n, -100000n, 99999999999999999n]) {
      expect(decimalToMinorUnits(minorUnitsToDecimal(minor))).toBe(minor);
    }
  });

  it('formats exactly, even past float precision', () => {
    expect(formatMoney(123456n)).toBe('$1,234.56');
    expect(formatMoney(-5n)).toBe('-$0.05');
    expect(formatMoney(900719925474099312n)).toBe('$9,007,199,254,740,993.12');
    expect(formatMoney(1500n, 'JPY')).toBe('¥1,500');
  });

  it('parses what people type', () => {
    expect(parseMoney('$1,234.50')).toBe(123450n);
    expect(parseMoney('(3.10)')).toBe(-310n);
    expect(parseMoney('-12')).toBe(-1200n);
    expect(parseMoney('12.345')).toBeNull();
    expect(parseMoney('twelve')).toBeNull();
  });

  it('reads commas as thousands separators only', () => {
    expect(parseMoney('1,234,567.8')).toBe(123456780n);
    expect(parseMoney('-1,000')).toBe(-100000n);
    expect(parseMoney('1,23')).toBeNull();
    expect(parseMoney('12,34.56')).toBeNull();
    expect(parseMoney('1,2345')).toBeNull();
  });

  it('adds', () => {
    expect(addMoney(10n, -3n, 1n)).toBe(8n);
    expect(addMoney()).toBe(0n);
  });
});

describe('parseAmountText', () => {
  const point = { decimalSeparator: '.' } as const;
  const comma = { decimalSeparator: ',' } as const;

  it.each([
    ['1,234.56', 123456n],
    ['-1,234.56', -123456n],
    ['(12.00)', -1200n],
    ['12.00-', -1200n],
    ['+7.5', 750n],
    ['$ 1,000', 100000n],
    ['-$12.30', -1230n],
    ['USD 12.30', 1230n],
    ['12.30 USD', 1230n],
    ['.99', 99n],
    ['0', 0n],
  ] as const)('decimal point: %s → %s', (input, expected) => {
    expect(parseAmountText(input, point)).toBe(expected);
  });

  it.each([
    ['1.234,56', 123456n],
    ['-1.234,56', -123456n],
    ['1 234,56 €', 123456n],
    ['1\u202f234,56', 123456n], // narrow no-break space, as French exports group thousands
    ['12,5', 1250n],
    ['(0,01)', -1n],
    ['1234', 123400n],
  ] as const)('decimal comma: %s → %s', (input, expected) => {
    expect(parseAmountText(input, comma)).toBe(expected);
  });

  it('refuses an amount written in the other format instead of misreading it', () => {
    expect(parseAmountText('1.234,56', point)).toBeNull();
    expect(parseAmountText('12,50', point)).toBeNull();
    expect(parseAmountText('1,234.56', comma)).toBeNull();
    expect(parseAmountText('1.234.56', comma)).toBeNull();
  });

  it('refuses signs that contradict or repeat, and non-amounts', () => {
    for (const bad of ['(-12.00)', '-12.00-', '--1', '', '-', '()', 'abc', '1.2.3', '12.345', 'N/A']) {
      expect(parseAmountText(bad, point), bad).toBeNull();
    }
  });

  it('uses the currency exponent', () => {
    expect(parseAmountText('1.500', { decimalSeparator: ',', currency: 'JPY' })).toBe(1500n);
    expect(parseAmountText('15,5', { decimalSeparator: ',', currency: 'JPY' })).toBeNull();
  });
});
