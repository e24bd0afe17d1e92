import { z } from 'zod';
import { optionalMoneySchema } from '@/lib/forms';

// What a person may type into a rule. Patterns are JavaScript regular expressions run against
// bank descriptions, so they are kept short and refused when they have the shapes that make a
// backtracking engine take exponential time (a quantified group that is itself quantified, or a
// back-reference). Descriptions are at most 1,024 characters (lib/bank/transform-transactions.ts).

export const MAX_PATTERN_LENGTH = 200;
const MAX_RULE_AMOUNT = 100_000_000_00n; // $100M: anything larger is a typo

const nestedQuantifier = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*(?:[+*]|\{\d)/;
const backReference = /\\[1-9]|\\k</;

/** An error message for a pattern, or null when it is safe to run. */
export function checkPattern(pattern: string): string | null {
  if (pattern.length > MAX_PATTERN_LENGTH) return `Keep the pattern under ${MAX_PATTERN_LENGTH} characters.`;
  try {
    new RegExp(pattern, 'i');
  } catch {
    return 'This is not a valid pattern. Check brackets and special characters, or use "Description contains" instead.';
  }
  if (nestedQuantifier.test(pattern) || backReference.test(pattern)) {
    return 'This pattern could take too long to run (a repeated group inside a repeat, or a back-reference). Simplify it.';
  }
  return null;
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
