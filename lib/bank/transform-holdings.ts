import { multiplyToMinorUnits, roundToMinorUnits, toDecimalText } from '@/lib/decimal';
import { currencyExponent } from '@/lib/money';
import type { FdxHolding, FdxInvestmentFields } from '@/lib/bank/fdx-investment-schemas';

// FDX holdings → Cashlens's own. Quantities and unit prices stay exact decimal text (a float would
// round 152.347 shares); market values and cost basis become integer minor units, rounded once.

/** One position of an investment account as the bank reports it; cash is a position too. */
export type BankHoldingSnapshot = {
  name: string;
  symbol: string | null;
  securityId: string | null;
  securityIdType: string | null;
  holdingType: string; // STOCK, MUTUALFUND, BOND, … or CASH
  isCash: boolean;
  quantity: string | null;
  unitPrice: string | null;
  marketValueMinor: bigint;
  costBasisMinor: bigint | null;
  currency: string;
  priceAsOf: Date | null;
};

/** What an investment account is worth: its value (cash included), its cash, and every position. */
export type BankInvestmentSnapshot = { valueMinor: bigint; cashMinor: bigint | null; holdings: BankHoldingSnapshot[] };

const CASH_SUBTYPES = new Set(['CASH', 'MONEYMARKET']);

function optionalDecimal(value: string | number | undefined): string | null {
  return value === undefined ? null : toDecimalText(value);
}

function instant(text: string | undefined): Date | null {
  if (!text) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

// The bank's own cost basis (its tax lots) when every lot has one; else purchase price × units.
function costBasisOf(raw: FdxHolding, exponent: number): bigint | null {
  const lots = raw.taxLots ?? [];
  if (lots.length > 0 && lots.every((lot) => lot.costBasis !== undefined)) {
    return lots.reduce((sum, lot) => sum + roundToMinorUnits(lot.costBasis!, exponent), 0n);
  }
  if (raw.purchasedPrice !== undefined && raw.units !== undefined) return multiplyToMinorUnits(raw.purchasedPrice, raw.units, exponent);
  return null;
}

export function toBankHoldingSnapshot(raw: FdxHolding, accountCurrency: string): BankHoldingSnapshot {
  const currency = raw.currency?.currencyCode ?? accountCurrency;
  const exponent = currencyExponent(currency);
  const isCash = raw.cashAccount === true || CASH_SUBTYPES.has(raw.holdingSubType ?? '');
  const symbol = raw.symbol?.trim() || null;
  return {
    name: raw.holdingName?.trim() || symbol || raw.securityId || (isCash ? 'Cash' : 'Holding'),
    symbol,
    securityId: raw.securityId ?? null,
    securityIdType: raw.securityId ? (raw.securityIdType ?? null) : null,
    holdingType: isCash ? 'CASH' : (raw.holdingType ?? 'OTHER'),
    isCash,
    quantity: optionalDecimal(raw.units),
    unitPrice: optionalDecimal(raw.currentUnitPrice),
    marketValueMinor: roundToMinorUnits(raw.marketValue, exponent),
    costBasisMinor: isCash ? null : costBasisOf(raw, exponent),
    currency,
    priceAsOf: instant(raw.currentUnitPriceDate),
  };
}

/**
 * The account's value is the bank's currentValue; a bank that leaves it out is valued at the sum of
 * its holdings. Throws RangeError for a number that is not a decimal (the caller reports the
 * payload as malformed).
 */
export function toBankInvestmentSnapshot(raw: FdxInvestmentFields, accountCurrency: string): BankInvestmentSnapshot {
  const exponent = currencyExponent(accountCurrency);
  const holdings = (raw.holdings ?? []).map((holding) => toBankHoldingSnapshot(holding, accountCurrency));
  const valueMinor = raw.currentValue !== undefined ? roundToMinorUnits(raw.currentValue, exponent) : holdings.reduce((sum, holding) => sum + holding.marketValueMinor, 0n);
  const cashMinor = raw.availableCashBalance !== undefined ? roundToMinorUnits(raw.availableCashBalance, exponent) : null;
  return { valueMinor, cashMinor, holdings };
}
