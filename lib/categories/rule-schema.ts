import { z } from 'zod';
import { optionalMoneySchema } from '@/lib/forms';

import { compileUserPattern, MAX_PATTERN_LENGTH } from './user-pattern';

// What a person may type into a rule. Patterns run on a linear-time engine (./user-pattern.ts),
// so any pattern that compiles is safe to run; the length bound keeps each match cheap too.
// Descriptions are at most 1,024 characters (lib/bank/transform-transactions.ts).

export { MAX_PATTERN_LENGTH };
const MAX_RULE_AMOUNT = 100_000_000_00n; // $100M: anything larger is a typo

/** An error message for a pattern, or null when it can be used. */
export function checkPattern(pattern: string): string | null {
  const compiled = compileUserPattern(pattern);
  return typeof compiled === 'string' ? compiled : null;
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep this under ${max} characters.`)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional()
    .transform((value) => value ?? null);

const optionalAmount = optionalMoneySchema({ min: 0n, max: MAX_RULE_AMOUNT, invalid: 'Enter an amount such as 12.50 (zero or more, at most 100,000,000).' });

export const ruleInputSchema = z
  .object({
    descriptionContains: optionalText(100),
    descriptionPattern: optionalText(MAX_PATTERN_LENGTH).superRefine((value, ctx) => {
      const problem = value ? checkPattern(value) : null;
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    minAmount: optionalAmount,
    maxAmount: optionalAmount,
    accountId: optionalText(64),
    setCategoryId: optionalText(64),
    setMerchantName: optionalText(100),
    addTagName: optionalText(40),
  })
  .superRefine((rule, ctx) => {
    if (!rule.descriptionContains && !rule.descriptionPattern && rule.minAmount === null && rule.maxAmount === null && !rule.accountId) {
      ctx.addIssue({ code: 'custom', path: ['descriptionContains'], message: 'Add at least one condition: a description, an amount range or an account.' });
    }
    if (!rule.setCategoryId && !rule.setMerchantName && !rule.addTagName) {
      ctx.addIssue({ code: 'custom', path: ['setCategoryId'], message: 'Choose at least one action: a category, a merchant name or a tag.' });
    }
    if (rule.minAmount !== null && rule.maxAmount !== null && rule.minAmount > rule.maxAmount) {
      ctx.addIssue({ code: 'custom', path: ['maxAmount'], message: 'The largest amount must not be smaller than the smallest.' });
    }
  });

export type RuleInput = z.infer<typeof ruleInputSchema>;
