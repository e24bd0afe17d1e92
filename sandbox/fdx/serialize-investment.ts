import { formatTimestamp } from '../data/calendar.js';
import { toFdxAmount } from '../data/money.js';
import { readBrokerageSnapshot, type BrokeragePosition } from '../data/recipes/rivera-brokerage.js';
import { readSandboxSeed } from '../data/settings.js';

// The FDX v4 InvestmentAccount fields of the brokerage account: its value, its
// cash and its holdings (in 4.6 holdings live inside the account entity). Units
// are thousandths inside; they become decimal numbers only here.

const toFdxUnits = (unitsMilli: number): number => unitsMilli / 1_000;

function serializeHolding(position: BrokeragePosition, today: number): Record<string, unknown> {
  return {
    securityId: position.cusip,
    securityIdType: 'CUSIP',
    holdingName: position.name,
    holdingType: position.holdingType,
    symbol: position.symbol,
    purchasedPrice: toFdxAmount(position.purchasedPriceCents),
    currentUnitPrice: toFdxAmount(position.priceCents),
    // Prices are one per sandbox day.
    currentUnitPriceDate: formatTimestamp(today, 0),
    units: toFdxUnits(position.unitsMilli),
    marketValue: toFdxAmount(position.marketValueCents),
    cashAccount: false,
    currency: { currencyCode: 'USD' },
    fiAttributes: [{ name: 'isCashEquivalent', value: 'false' }],
    taxLots: [
      {
        originalPurchaseDate: formatTimestamp(position.purchaseDay, 0),
        quantity: toFdxUnits(position.unitsMilli),
        purchasedPrice: toFdxAmount(position.purchasedPriceCents),
        costBasis: toFdxAmount(position.costBasisCents),
        currentValue: toFdxAmount(position.marketValueCents),
        positionType: 'LONG',
      },
    ],
  };
}

function serializeCash(cashCents: number): Record<string, unknown> {
  return {
    holdingName: 'Cash sweep',
    holdingType: 'OTHER',
    holdingSubType: 'CASH',
    units: toFdxAmount(cashCents),
    currentUnitPrice: 1,
    marketValue: toFdxAmount(cashCents),
    cashAccount: true,
    currency: { currencyCode: 'USD' },
    fiAttributes: [{ name: 'isCashEquivalent', value: 'true' }],
  };
}

export function serializeInvestmentFields(today: number): Record<string, unknown> {
  const snapshot = readBrokerageSnapshot(readSandboxSeed(), today);
  return {
    availableCashBalance: toFdxAmount(snapshot.cashCents),
    currentValue: toFdxAmount(snapshot.totalValueCents),
    holdings: [...snapshot.positions.map((position) => serializeHolding(position, today)), serializeCash(snapshot.cashCents)],
  };
}
