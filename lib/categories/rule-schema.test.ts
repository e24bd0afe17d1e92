import { describe, expect, it } from 'vitest';
import { checkPattern, ruleInputSchema } from './rule-schema';
import { compileRule, ruleMatches } from './rule-match';

describe('rule input', () => {
  it('refuses invalid and catastrophic patterns', () => {
    expect(checkPattern('netflix|spotify')).toBeNull();
    expect(checkPattern('(unclosed')).toMatch(/not a valid pattern/);
    expect(checkPattern('(a+)+$')).toMatch(/too long/);
    expect(checkPattern('(\\w*)*x')).toMatch(/too long/);
    expect(checkPattern('(a)\\1')).toMatch(/too long/);
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
