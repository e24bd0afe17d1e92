import { z } from 'zod';
import { fdxInvestmentFields } from '@/lib/bank/fdx-investment-schemas';

// The parts of FDX v4 account, contact and customer payloads Cashlens reads. Unknown fields
// pass through untouched; a field we rely on with the wrong type fails the whole payload.
const fdxMoney = z.union([z.number(), z.string()]);

const fdxAccountBaseSchema = z.object({
  accountId: z.string().min(1).max(256),
  accountType: z.string().max(64).optional(),
  accountNumberDisplay: z.string().max(64).optional(),
  productName: z.string().max(256).optional(),
  nickname: z.string().max(256).optional(),
  status: z.string().max(64).optional(),
  currency: z.object({ currencyCode: z.string().length(3) }).optional(),
  currentBalance: fdxMoney.optional(),
  availableBalance: fdxMoney.optional(),
  creditLine: fdxMoney.optional(),
  availableCredit: fdxMoney.optional(),
  principalBalance: fdxMoney.optional(),
  balanceAsOf: z.string().optional(),
});
export type FdxAccountBase = z.infer<typeof fdxAccountBaseSchema>;

export const FDX_ACCOUNT_WRAPPERS = {
  depositAccount: 'DEPOSIT_ACCOUNT',
  locAccount: 'LOC_ACCOUNT',
  loanAccount: 'LOAN_ACCOUNT',
  investmentAccount: 'INVESTMENT_ACCOUNT',
} as const;

export const fdxAccountItemSchema = z.union([
  z.object({ depositAccount: fdxAccountBaseSchema }),
  z.object({ locAccount: fdxAccountBaseSchema }),
  z.object({ loanAccount: fdxAccountBaseSchema }),
  z.object({ investmentAccount: fdxAccountBaseSchema.extend(fdxInvestmentFields) }),
]);
export type FdxAccountItem = z.infer<typeof fdxAccountItemSchema>;

export const fdxPageSchema = z.object({ nextOffset: z.string().optional(), totalElements: z.number().optional() }).optional();

export const fdxAccountsResponseSchema = z.object({
  accounts: z.array(fdxAccountItemSchema),
  page: fdxPageSchema,
});

const fdxNameSchema = z.object({
  first: z.string().optional(),
  middle: z.string().optional(),
  last: z.string().optional(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  company: z.string().optional(),
});
export type FdxName = z.infer<typeof fdxNameSchema>;

const fdxAddressSchema = z.object({
  line1: z.string().optional(),
  line2: z.string().optional(),
  line3: z.string().optional(),
  city: z.string().optional(),
  region: z.string().optional(),
  postalCode: z.string().optional(),
  country: z.string().optional(),
  type: z.string().optional(),
});

const fdxTelephoneSchema = z.object({ type: z.string().optional(), country: z.string().optional(), number: z.string().optional() });

export const fdxAccountContactSchema = z.object({
  holders: z.array(z.object({ name: fdxNameSchema, relationship: z.string().optional() })).default([]),
  emails: z.array(z.string()).default([]),
  addresses: z.array(fdxAddressSchema).default([]),
  telephones: z.array(fdxTelephoneSchema).default([]),
});
export type FdxAccountContact = z.infer<typeof fdxAccountContactSchema>;

export const fdxCustomerSchema = z.looseObject({
  customerId: z.string().min(1),
  name: fdxNameSchema.optional(),
  addresses: z.array(fdxAddressSchema).optional(),
  email: z.array(z.string()).optional(),
  telephones: z.array(fdxTelephoneSchema).optional(),
});
export type FdxCustomer = z.infer<typeof fdxCustomerSchema>;
