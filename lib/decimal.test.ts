import { describe, expect, it } from 'vitest';
import { multiplyToMinorUnits, roundToMinorUnits, toDecimalText } from './decimal';

describe('toDecimalText', () => {
  it('keeps the exact decimal a JSON number or string carries', () => {
    expect(toDecimalText(152.347)).toBe('152.347');
    expect(toDecimalText(JSON.parse('0.1') as number)).toBe('0.1');
    expect(toDecimalText('0152.3470')).toBe('152.347');
    expect(toDecimalText(310.562)).toBe('310.562');
    expect(toDecimalText('-0.50')).toBe('-0.5');
    expect(toDecimalText(1e-7)).toBe('0.0000001');
    expect(toDecimalText('1.5e2')).toBe('150');
    expect(toDecimalText(40)).toBe('40');
    expect(toDecimalText('12345678901234567890.123456789')).toBe('12345678901234567890.123456789');
  });

  it('refuses what is not a number', () => {
    for (const bad of ['', '.', 'abc', '1,5', '1.2.3', Number.NaN, Number.POSITIVE_INFINITY, '1e999999']) expect(() => toDecimalText(bad)).toThrow(RangeError);
  });
});

describe('roundToMinorUnits and multiplyToMinorUnits', () => {
  it('rounds half away from zero, once', () => {
    expect(roundToMinorUnits('10.005')).toBe(1001n);
    expect(roundToMinorUnits('10.0049')).toBe(1000n);
    expect(roundToMinorUnits(-10.005)).toBe(-1001n);
    expect(roundToMinorUnits(1234.5)).toBe(123450n);
  });

  it('multiplies exactly: 152.347 units at 112.84 is 17,190.83548 → $17,190.84', () => {
    expect(multiplyToMinorUnits(152.347, 112.84)).toBe(1_719_084n);
    // The float product 0.1 × 3 = 0.30000000000000004 never appears.
    expect(multiplyToMinorUnits(0.1, 3)).toBe(30n);
    expect(multiplyToMinorUnits('310.562', '9.82')).toBe(304_972n); // 3049.71884
  });
});
