import { z } from 'zod';
import { parseMoney } from '@/lib/money';
import { isMonth } from '@/lib/dates';

export const MAX_BUDGET_MINOR = 10_000_000_00n; // $10M a month per category: beyond that it is a typo

export const budgetInputSchema = z.object({
  categoryId: z.string().trim().min(1, 'Choose a category.').max(64),
  month: z.string().refine(isMonth, 'Choose a real month (YYYY-MM).'),
  amount: z.string().transform((value, ctx) => {
    const minor = parseMoney(value);
    if (minor === null) {
      ctx.addIssue({ code: 'custom', message: 'Enter an amount such as 450 or 450.00.' });
      return z.NEVER;
    }
    if (minor < 0n) {
      ctx.addIssue({ code: 'custom', message: 'A budget cannot be negative.' });
      return z.NEVER;
    }
    if (minor > MAX_BUDGET_MINOR) {
      ctx.addIssue({ code: 'custom', message: 'That is more than $10,000,000 a month. Check the amount.' });
      return z.NEVER;
    }
    return minor;
  }),
  rollover: z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean()),
});

export type BudgetInput = z.infer<typeof budgetInputSchema>;
