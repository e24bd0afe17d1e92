import { z } from 'zod';
import { isMonth } from '@/lib/dates';
import { moneySchema } from '@/lib/forms';

export const MAX_BUDGET_MINOR = 10_000_000_00n; // $10M a month per category: beyond that it is a typo

export const budgetInputSchema = z.object({
  categoryId: z.string().trim().min(1, 'Choose a category.').max(64),
  month: z.string().refine(isMonth, 'Choose a real month (YYYY-MM).'),
  amount: moneySchema({
    min: 0n,
    max: MAX_BUDGET_MINOR,
    invalid: 'Enter an amount such as 450 or 450.00.',
    tooSmall: 'A budget cannot be negative.',
    tooLarge: 'That is more than $10,000,000 a month. Check the amount.',
  }),
  rollover: z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean()),
});

export type BudgetInput = z.infer<typeof budgetInputSchema>;
