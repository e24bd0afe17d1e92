import { z } from 'zod';

// The parts of an FDX v4 InvestmentAccount Cashlens reads: its value, its cash and its holdings
// (in Core Exchange 4.6 the holdings are inside the account entity). Numbers may come as JSON
// numbers or strings; they are read as exact decimals in transform-holdings.ts.
const fdxNumber = z.union([z.number(), z.string().max(64)]);

export const fdxHoldingSchema = z.object({
  securityId: z.string().max(64).optional(),
  securityIdType: z.string().max(16).optional(),
  holdingName: z.string().max(256).optional(),
  holdingType: z.string().max(32).optional(),
  holdingSubType: z.string().max(32).optional(),
  symbol: z.string().max(32).optional(),
  purchasedPrice: fdxNumber.optional(),
  currentUnitPrice: fdxNumber.optional(),
  currentUnitPriceDate: z.string().max(64).optional(),
  units: fdxNumber.optional(),
  marketValue: fdxNumber,
  cashAccount: z.boolean().optional(),
  currency: z.object({ currencyCode: z.string().length(3) }).optional(),
  taxLots: z.array(z.object({ costBasis: fdxNumber.optional() })).max(1_000).optional(),
});
export type FdxHolding = z.infer<typeof fdxHoldingSchema>;

// Merged into the investmentAccount wrapper of fdx-account-schemas.ts.
export const fdxInvestmentFields = {
  currentValue: fdxNumber.optional(),
  availableCashBalance: fdxNumber.optional(),
  // A bound keeps one payload from filling memory; no real account holds ten thousand positions.
  holdings: z.array(fdxHoldingSchema).max(10_000).optional(),
};
export type FdxInvestmentFields = z.infer<z.ZodObject<typeof fdxInvestmentFields>>;
