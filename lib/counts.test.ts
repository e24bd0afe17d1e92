import { describe, expect, it } from 'vitest';
import { formatCount } from './counts';

describe('formatCount', () => {
  it('says one or many, with thousands separators', () => {
    expect(formatCount(1, 'payment')).toBe('1 payment');
    expect(formatCount(12, 'payment')).toBe('12 payments');
    expect(formatCount(1204, 'payment')).toBe('1,204 payments');
    expect(formatCount(0, 'deposit')).toBe('0 deposits');
  });
});
