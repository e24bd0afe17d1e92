import { describe, expect, it } from 'vitest';
import { estimateBytes } from './estimate-bytes';
import { BoundedLru } from './lru';

describe('BoundedLru', () => {
  it('evicts the least recently used entry past its entry bound', () => {
    const lru = new BoundedLru<number>(2, 1_000);
    lru.set('a', 1, 10);
    lru.set('b', 2, 10);
    lru.get('a');
    lru.set('c', 3, 10);
    expect([lru.get('a'), lru.get('b'), lru.get('c')]).toEqual([1, undefined, 3]);
  });

  it('evicts past its byte bound and refuses an entry larger than the bound', () => {
    const lru = new BoundedLru<string>(100, 100);
    lru.set('a', 'x', 60);
    lru.set('b', 'y', 60);
    expect([lru.get('a'), lru.get('b'), lru.bytes]).toEqual([undefined, 'y', 60]);
    lru.set('huge', 'z', 101);
    expect([lru.get('huge'), lru.size]).toEqual([undefined, 1]);
  });

  it('drops every key under a prefix', () => {
    const lru = new BoundedLru<number>(10, 1_000);
    lru.set('u1:a', 1, 1);
    lru.set('u1:b', 2, 1);
    lru.set('u2:a', 3, 1);
    lru.deletePrefix('u1:');
    expect([lru.size, lru.bytes, lru.get('u2:a')]).toEqual([1, 1, 3]);
  });
});

describe('estimateBytes', () => {
  it('grows with the data and counts shared objects once', () => {
    const row = { month: '2026-03', inflowMinor: 1n, outflowMinor: 2n };
    expect(estimateBytes([row, row])).toBe(estimateBytes([row]) + 0);
    expect(estimateBytes(Array.from({ length: 100 }, () => ({ ...row })))).toBeGreaterThan(100 * 60);
  });
});
