import { z } from 'zod';

// What the words mean, once for every page and report (dashboard, cash flow, budgets, spending,
// lending reports, exports):
//
// - Transfers: money moved between the user's own accounts (isTransfer rows). Never money in or out.
// - Money in: every other posted row into the user's everyday and savings accounts.
// - Money out: every other posted row out of them, plus loan payments when they count as spending.
// - Income: money in under an income category (pay, interest, sales).
// - Spending: money out minus refunds under every other category (uncategorised included), plus
//   loan and mortgage payments (the whole payment, as it leaves the account), minus what the
//   user's settings leave out: savings/investment contributions and owner draws by default.
//
// Rows on a loan account itself (interest charged, escrow) are never counted: the payment that
// covers them is. Otherwise a linked mortgage would count its interest twice.

export const SAVINGS_CHOICES = ['transfer', 'spending'] as const;
export const OWNER_DRAW_CHOICES = ['separate', 'spending'] as const;
export const LOAN_CHOICES = ['spending', 'transfer'] as const;

export const moneySettingsSchema = z.object({
  savingsContributions: z.enum(SAVINGS_CHOICES, { error: 'Choose how savings and investment contributions count.' }),
  ownerDraws: z.enum(OWNER_DRAW_CHOICES, { error: "Choose how owner's draws count." }),
  loanPayments: z.enum(LOAN_CHOICES, { error: 'Choose how loan and mortgage payments count.' }),
});

export type MoneySettings = z.infer<typeof moneySettingsSchema>;

export const DEFAULT_MONEY_SETTINGS: MoneySettings = { savingsContributions: 'transfer', ownerDraws: 'separate', loanPayments: 'spending' };

/** Default category keys whose rows (and children's) a setting decides about. */
export const SAVINGS_CATEGORY_KEY = 'financial.investments';
export const OWNER_DRAW_CATEGORY_KEY = 'business_costs.owner_draw';
export const LOAN_CATEGORY_KEY = 'financial.loan_payment';
export const MORTGAGE_CATEGORY_KEY = 'housing.mortgage';

/**
 * Loan payments and savings contributions are transfers in the transaction list, so the spending
 * lists (dashboard, spending report) show them on lines of their own rather than inside a category
 * whose list would not add up to them. Budgets put them in the loan's category (Housing › Rent &
 * mortgage, Savings & loans › Loan payments), where a budget for them would be set.
 */
export const SOURCE_LINES = { loan: { id: 'loan-payments', label: 'Loan and mortgage payments' }, savings: { id: 'savings-contributions', label: 'Savings and investment contributions' } } as const;

/** How one group of rows counts: spending (money out), income (money in), an owner's draw (money out, not spending), or a transfer (neither). */
export type Treatment = 'spending' | 'income' | 'owner_draw' | 'transfer';

/** The one short line each page shows under its figures. */
export function describeCounting(settings: MoneySettings): string {
  const left = ['transfers between your accounts'];
  if (settings.savingsContributions === 'transfer') left.push('savings and investment contributions');
  if (settings.ownerDraws === 'separate') left.push("owner's draws");
  if (settings.loanPayments === 'transfer') left.push('loan and mortgage payments');
  const list = left.length > 1 ? `${left.slice(0, -1).join(', ')} and ${left.at(-1)}` : left[0];
  const loans = settings.loanPayments === 'spending' ? '; loan and mortgage payments count in full' : '';
  return `Spending excludes ${list}${loans}. Posted transactions only.`;
}
