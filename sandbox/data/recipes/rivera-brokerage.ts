import { parseIsoDay } from '../calendar.js';
import { createRng } from '../prng.js';

// The Riveras' brokerage account: a few fixed positions and cash, priced per
// sandbox day. A price is a pure function of (seed, symbol, day): a steady
// yearly drift plus a seeded wobble, so any day can be priced on its own and
// the account's value moves as the sandbox clock does. Units are kept in
// thousandths so fractional fund shares stay exact integers here.

export const BROKERAGE_ACCOUNT_ID = 'acc-rivera-brokerage';

type Security = {
  symbol: string;
  cusip: string;
  name: string;
  holdingType: 'STOCK' | 'MUTUALFUND';
  unitsMilli: number;
  purchaseDay: number;
  purchasedPriceCents: number;
  basePriceCents: number; // price on the account's opening day
  driftBasisPointsPerYear: number;
  wobbleBasisPoints: number; // the day's price is within ± this of the trend
};

const OPEN_DAY = parseIsoDay('2023-12-01');

const securities: readonly Security[] = [
  { symbol: 'VTI', cusip: '922908769', name: 'Vanguard Total Stock Market ETF', holdingType: 'STOCK', unitsMilli: 85_000, purchaseDay: parseIsoDay('2023-12-04'), purchasedPriceCents: 22_531, basePriceCents: 22_412, driftBasisPointsPerYear: 1_100, wobbleBasisPoints: 150 },
  { symbol: 'AAPL', cusip: '037833100', name: 'Apple Inc.', holdingType: 'STOCK', unitsMilli: 40_000, purchaseDay: parseIsoDay('2023-12-04'), purchasedPriceCents: 18_995, basePriceCents: 19_117, driftBasisPointsPerYear: 900, wobbleBasisPoints: 220 },
  { symbol: 'MSFT', cusip: '594918104', name: 'Microsoft Corporation', holdingType: 'STOCK', unitsMilli: 25_000, purchaseDay: parseIsoDay('2024-02-12'), purchasedPriceCents: 41_528, basePriceCents: 37_462, driftBasisPointsPerYear: 1_000, wobbleBasisPoints: 200 },
  { symbol: 'VTSAX', cusip: '922908728', name: 'Vanguard Total Stock Market Index Fund Admiral Shares', holdingType: 'MUTUALFUND', unitsMilli: 152_347, purchaseDay: parseIsoDay('2023-12-15'), purchasedPriceCents: 11_284, basePriceCents: 11_109, driftBasisPointsPerYear: 1_050, wobbleBasisPoints: 140 },
  { symbol: 'VBTLX', cusip: '921937603', name: 'Vanguard Total Bond Market Index Fund Admiral Shares', holdingType: 'MUTUALFUND', unitsMilli: 310_562, purchaseDay: parseIsoDay('2024-01-16'), purchasedPriceCents: 982, basePriceCents: 975, driftBasisPointsPerYear: 150, wobbleBasisPoints: 40 },
];

const CASH_CENTS = 421_087;

export type BrokeragePosition = {
  symbol: string;
  cusip: string;
  name: string;
  holdingType: Security['holdingType'];
  unitsMilli: number;
  priceCents: number;
  marketValueCents: number;
  purchasedPriceCents: number;
  costBasisCents: number;
  purchaseDay: number;
};

export type BrokerageSnapshot = { positions: BrokeragePosition[]; cashCents: number; totalValueCents: number };

// Value of a number of thousandths of a unit, to the cent, half up.
function valueOfUnits(unitsMilli: number, priceCents: number): number {
  return Math.round((unitsMilli * priceCents) / 1_000);
}

function priceOn(seed: string, security: Security, day: number): number {
  const elapsed = Math.max(0, day - OPEN_DAY);
  const trendBasisPoints = 10_000 + Math.round((security.driftBasisPointsPerYear * elapsed) / 365);
  const rng = createRng(seed, BROKERAGE_ACCOUNT_ID, day, security.symbol);
  const wobble = rng.int(-security.wobbleBasisPoints, security.wobbleBasisPoints);
  return Math.round((security.basePriceCents * trendBasisPoints * (10_000 + wobble)) / 100_000_000);
}

/** The positions held on `day` (those bought by then), priced that day, plus cash. */
export function readBrokerageSnapshot(seed: string, day: number): BrokerageSnapshot {
  const positions = securities
    .filter((security) => security.purchaseDay <= day)
    .map((security) => {
      const priceCents = priceOn(seed, security, day);
      return {
        symbol: security.symbol,
        cusip: security.cusip,
        name: security.name,
        holdingType: security.holdingType,
        unitsMilli: security.unitsMilli,
        priceCents,
        marketValueCents: valueOfUnits(security.unitsMilli, priceCents),
        purchasedPriceCents: security.purchasedPriceCents,
        costBasisCents: valueOfUnits(security.unitsMilli, security.purchasedPriceCents),
        purchaseDay: security.purchaseDay,
      };
    });
  const cashCents = day < OPEN_DAY ? 0 : CASH_CENTS;
  const totalValueCents = positions.reduce((sum, position) => sum + position.marketValueCents, cashCents);
  return { positions, cashCents, totalValueCents };
}
