import { describe, expect, it } from 'vitest';
import { checkPattern, ruleInputSchema } from './rule-schema';
import { compileRule, ruleMatches } from './rule-match';

describe('rule input', () => {
  it('refuses invalid and catastrophic patterns', () => {
    expect(checkPattern('netflix|spotify')).toBeNull();
    expect(checkPattern('(unclosed')).toMatch(/not a valid pattern/);
    expect(checkPattern('(a)\\1')).toMatch(/not supported|not a valid/);
    expect(checkPattern('(?=x)')).toMatch(/not supported|not a valid/);
    expect(checkPattern('x'.repeat(201))).toMatch(/under 200/);
  });

  it('needs a condition and an action, and a sane amount range', () => {
    const empty = ruleInputSchema.safeParse({ setCategoryId: 'c1' });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toMatch(/at least one condition/);
    expect(ruleInputSchema.safeParse({ descriptionContains: 'x' }).error?.issues[0]?.message).toMatch(/at least one action/);
    expect(ruleInputSchema.safeParse({ minAmount: '20', maxAmount: '10', setCategoryId: 'c' }).success).toBe(false);
    expect(ruleInputSchema.safeParse({ minAmount: '-5', setCategoryId: 'c' }).success).toBe(false);
    const ok = ruleInputSchema.parse({ descriptionContains: ' netflix ', minAmount: '10', setCategoryId: 'c' });
    expect(ok).toMatchObject({ descriptionContains: 'netflix', minAmount: 1000n, maxAmount: null, descriptionPattern: null });
  });
});

// Shapes that take exponential time in a backtracking engine. With a linear-time engine they are
// ordinary patterns: accepted, and each runs over a worst-case description in milliseconds.
const catastrophic = ['((.)+)+QQQ', '(?:(.)*)*QQQ', '(.|.)*QQQ', '(a|aa)+$', '.*.*.*.*.*.*.*.*QQQ', '(a+)+$', '(\\w*)*x'];

describe('user patterns run in linear time', () => {
  const none = { descriptionContains: null, minAmountMinor: null, maxAmountMinor: null, accountId: null };
  it.each(catastrophic)('%s is accepted and runs fast', (pattern) => {
    expect(checkPattern(pattern)).toBeNull();
    const rule = compileRule({ ...none, descriptionPattern: pattern });
    // 28 characters are enough for seconds of backtracking; about 2,000 is near the most a rule ever sees.
    for (const length of [28, 1000]) {
      const tx = { description: 'a'.repeat(length), bankMerchantName: 'a'.repeat(length) + '!', amountMinor: -1n, accountId: 'x' };
      const started = performance.now();
      expect(ruleMatches(rule, tx)).toBe(false);
      expect(performance.now() - started).toBeLessThan(250);
    }
  });

  it('keeps the usual syntax, case-insensitively', () => {
    const rule = compileRule({ ...none, descriptionPattern: '^netflix\\.com|hulu' });
    expect(ruleMatches(rule, { description: 'NETFLIX.COM 123', bankMerchantName: null, amountMinor: -1n, accountId: 'x' })).toBe(true);
    expect(ruleMatches(rule, { description: 'NETFLIXXCOM', bankMerchantName: null, amountMinor: -1n, accountId: 'x' })).toBe(false);
  });
});

describe('ruleMatches', () => {
  const tx = { description: 'NETFLIX.COM LOS GATOS CA', bankMerchantName: 'Netflix', amountMinor: -1799n, accountId: 'card' };
  const none = { descriptionContains: null, descriptionPattern: null, minAmountMinor: null, maxAmountMinor: null, accountId: null };
  it('ANDs conditions and compares absolute amounts', () => {
    expect(ruleMatches(compileRule({ ...none, descriptionContains: 'netflix' }), tx)).toBe(true);
    expect(ruleMatches(compileRule({ ...none, descriptionPattern: '^netflix\\.com' }), tx)).toBe(true);
    expect(ruleMatches(compileRule({ ...none, descriptionContains: 'netflix', minAmountMinor: 1000n, maxAmountMinor: 2000n }), tx)).toBe(true);
    expect(ruleMatches(compileRule({ ...none, descriptionContains: 'netflix', maxAmountMinor: 1000n }), tx)).toBe(false);
    expect(ruleMatches(compileRule({ ...none, accountId: 'checking' }), tx)).toBe(false);
    expect(ruleMatches(compileRule(none), tx)).toBe(false);
  });
});
