import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '@/lib/dates';
import { countActiveFilters } from './active-filters';

const none = { q: null, accountId: null, categoryId: null, tagId: null, from: null, to: null, status: 'all' as const, minAmountMinor: null, maxAmountMinor: null };

describe('countActiveFilters', () => {
  it('counts each filter that narrows the list', () => {
    expect(countActiveFilters(none)).toBe(0);
    expect(countActiveFilters({ ...none, q: 'coffee', categoryId: 'none' })).toBe(2);
    expect(countActiveFilters({ ...none, from: parseIsoDay('2026-01-01'), to: parseIsoDay('2026-01-31'), status: 'pending' })).toBe(3);
    // Zero is a real bound.
    expect(countActiveFilters({ ...none, minAmountMinor: 0n, maxAmountMinor: 500n })).toBe(2);
  });
});
