import { describe, expect, it } from 'vitest';
import { MalformedBankResponseError } from './errors';
import { fdxAccountsResponseSchema } from './fdx-account-schemas';
import { toBankAccountSnapshot } from './transform-accounts';

const fetchedAt = new Date('2026-11-01T12:00:00Z');

// Parsed from JSON text, as the FDX client sees it: numbers arrive as JSON numbers.
function investmentItem(fields: Record<string, unknown>) {
  const json = JSON.stringify({ accounts: [{ investmentAccount: { accountId: 'inv-1', accountType: 'TAXABLE', nickname: 'Rivera Brokerage', accountNumberDisplay: '...3318', currency: { currencyCode: 'USD' }, ...fields } }] });
  return fdxAccountsResponseSchema.parse(JSON.parse(json)).accounts[0]!;
}

const fund = { securityId: '922908728', securityIdType: 'CUSIP', holdingName: 'Vanguard Total Stock Market Index Fund Admiral Shares', holdingType: 'MUTUALFUND', symbol: 'VTSAX', purchasedPrice: 112.84, currentUnitPrice: 131.07, currentUnitPriceDate: '2026-11-01T00:00:00.000Z', units: 152.347, marketValue: 19968.12, cashAccount: false, taxLots: [{ costBasis: 17190.84 }] };
const cash = { holdingName: 'Cash sweep', holdingType: 'OTHER', holdingSubType: 'CASH', units: 4210.87, currentUnitPrice: 1, marketValue: 4210.87, cashAccount: true };

describe('investment accounts', () => {
  it('are worth their current value, with their cash available and every holding exact', () => {
    const snapshot = toBankAccountSnapshot(investmentItem({ currentValue: 24178.99, availableCashBalance: 4210.87, holdings: [fund, cash] }), fetchedAt);
    expect(snapshot).toMatchObject({ accountCategory: 'INVESTMENT_ACCOUNT', accountType: 'TAXABLE', name: 'Rivera Brokerage', currentBalanceMinor: 2_417_899n, availableBalanceMinor: 421_087n });
    expect(snapshot.holdings).toEqual([
      { name: fund.holdingName, symbol: 'VTSAX', securityId: '922908728', securityIdType: 'CUSIP', holdingType: 'MUTUALFUND', isCash: false, quantity: '152.347', unitPrice: '131.07', marketValueMinor: 1_996_812n, costBasisMinor: 1_719_084n, currency: 'USD', priceAsOf: new Date('2026-11-01T00:00:00Z') },
      { name: 'Cash sweep', symbol: null, securityId: null, securityIdType: null, holdingType: 'CASH', isCash: true, quantity: '4210.87', unitPrice: '1', marketValueMinor: 421_087n, costBasisMinor: null, currency: 'USD', priceAsOf: null },
    ]);
  });

  it('keep quantities a float would round, and read string numbers the same way', () => {
    const tiny = { ...fund, units: '0.000000123', currentUnitPrice: '0.00012345', marketValue: '0.00', taxLots: undefined };
    const [holding] = toBankAccountSnapshot(investmentItem({ currentValue: '0', holdings: [tiny] }), fetchedAt).holdings!;
    expect(holding).toMatchObject({ quantity: '0.000000123', unitPrice: '0.00012345', marketValueMinor: 0n, costBasisMinor: 0n });
    const big = { ...fund, units: 0.1, purchasedPrice: 0.3, marketValue: 0.03, taxLots: undefined };
    // No tax lots: cost basis is purchase price × units, computed exactly (0.1 × 0.3 = 0.03, not 0.030000000000000002).
    expect(toBankAccountSnapshot(investmentItem({ currentValue: 0.03, holdings: [big] }), fetchedAt).holdings![0]).toMatchObject({ quantity: '0.1', costBasisMinor: 3n });
  });

  it('are valued at the sum of their holdings when the bank leaves out currentValue; a value with sub-cent digits is rounded once', () => {
    const snapshot = toBankAccountSnapshot(investmentItem({ holdings: [{ ...fund, marketValue: 19968.125 }, cash] }), fetchedAt);
    expect(snapshot.currentBalanceMinor).toBe(1_996_813n + 421_087n);
    expect(snapshot.availableBalanceMinor).toBeNull();
  });

  it('with a number that is not a decimal make the payload malformed; other account kinds carry no holdings', () => {
    expect(() => toBankAccountSnapshot(investmentItem({ currentValue: '12,00', holdings: [] }), fetchedAt)).toThrow(MalformedBankResponseError);
    expect(() => toBankAccountSnapshot(investmentItem({ currentValue: 1, holdings: [{ ...fund, units: 'lots' }] }), fetchedAt)).toThrow(MalformedBankResponseError);
    expect(() => investmentItem({ holdings: [{ symbol: 'X', cashAccount: false }] })).toThrow(); // marketValue is required
    expect(toBankAccountSnapshot({ depositAccount: { accountId: 'd', currentBalance: 1 } }, fetchedAt)).not.toHaveProperty('holdings');
  });
});
