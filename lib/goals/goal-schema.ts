import { z } from 'zod';
import { isIsoDay } from '@/lib/dates';
import { moneySchema } from '@/lib/forms';

// What the goal form sends. `link` is one select: "account:<id>" or "category:<id>", so a goal
// is tied to exactly one of them. Ownership of the id is checked by lib/goals/goals.ts.

const MAX_TARGET_MINOR = 100_000_000_000n; // a billion: anything larger is a typo

export const goalInputSchema = z.object({
  name: z
    .string()
    .transform((text) => text.trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1, 'Give the goal a name.').max(60, 'Keep the name to 60 characters or fewer.')),
  target: moneySchema({ min: 1n, max: MAX_TARGET_MINOR, invalid: 'Enter the amount to save, like 2500.00.', tooSmall: 'The target must be more than zero.', tooLarge: 'That target is too large.' }),
  targetDate: z.string().refine(isIsoDay, 'Choose the day you want to reach it by.'),
  link: z
    .string()
    .regex(/^(account|category):[^:\s]{1,64}$/, 'Choose the account or category that holds the savings.')
    .transform((value) => {
      const [kind, id] = value.split(':') as ['account' | 'category', string];
      return { kind, id };
    }),
});
export type GoalInput = z.infer<typeof goalInputSchema>;
