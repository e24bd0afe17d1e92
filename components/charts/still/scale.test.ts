import { describe, expect, it } from 'vitest';
import { labelEvery, niceScale, percent, positionOf } from './scale';

describe('niceScale', () => {
  it('covers the data and zero with round ticks', () => {
    expect(niceScale([1234, 8790, 4100])).toEqual({ min: 0, max: 10_000, ticks: [0, 2500, 5000, 7500, 10_000] });
  });
  it('reaches below zero for negative values', () => {
    const scale = niceScale([-350, 900]);
    expect(scale.min).toBeLessThanOrEqual(-350);
    expect(scale.max).toBeGreaterThanOrEqual(900);
    expect(scale.ticks).toContain(0);
    expect(scale.ticks).toEqual([-500, 0, 500, 1000]);
  });
  it('draws an axis from 0 to 1 when there is nothing to draw', () => {
    expect(niceScale([])).toEqual({ min: 0, max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] });
    expect(niceScale([0, 0])).toEqual(niceScale([]));
  });
  it('skips values that are not numbers', () => {
    expect(niceScale([Number.NaN, 40, Number.POSITIVE_INFINITY])).toEqual({ min: 0, max: 40, ticks: [0, 10, 20, 30, 40] });
  });
  it('keeps tick values free of floating drift', () => {
    expect(niceScale([0.3]).ticks).toEqual([0, 0.1, 0.2, 0.3]);
    expect(niceScale([0.7]).ticks.at(-1)).toBeGreaterThanOrEqual(0.7);
  });
});

describe('positionOf and percent', () => {
  it('puts the minimum at 0 and the maximum at 1', () => {
    const scale = niceScale([-500, 1000]);
    expect(positionOf(scale, -500)).toBe(0);
    expect(positionOf(scale, 1000)).toBe(1);
    expect(percent(positionOf(scale, 0))).toBe('33.33%');
  });
});

describe('labelEvery', () => {
  it('prints every label when they fit, fewer when they do not', () => {
    expect(labelEvery(6, 6)).toBe(1);
    expect(labelEvery(12, 6)).toBe(2);
    expect(labelEvery(120, 6)).toBe(20);
    expect(labelEvery(0, 6)).toBe(1);
  });
});
