import { describe, expect, it } from 'vitest';
import { fdxAccountsResponseSchema } from './fdx-account-schemas';
import { maskAccountNumber, toBankAccountSnapshot } from './transform-accounts';

const fetchedAt = new Date('2026-11-01T12:00:00Z');

describe('toBankAccountSnapshot', () => {
  it('reads a deposit account with exact cents', () => {
    const payload = fdxAccountsResponseSchema.parse({
      accounts: [
        { depositAccount: { accountId: 'a1', accountType: 'CHECKING', nickname: 'Joint Checking', accountNumberDisplay: '*****4821', currentBalance: 1234.56, availableBalance: 1200.1, currency: { currencyCode: 'USD' }, status: 'OPEN' } },
      ],
    });
    const snapshot = toBankAccountSnapshot(payload.accounts[0]!, fetchedAt);
    expect(snapshot).toMatchObject({
      bankAccountId: 'a1',
      accountCategory: 'DEPOSIT_ACCOUNT',
      name: 'Joint Checking',
      maskedNumber: '…4821',
      currentBalanceMinor: 123456n,
      availableBalanceMinor: 120010n,
      creditLineMinor: null,
      balanceAsOf: fetchedAt,
    });
  });

  it('reads a credit card: owed balance, credit line and available credit', () => {
    const snapshot = toBankAccountSnapshot(
      { locAccount: { accountId: 'c1', accountType: 'CREDITCARD', productName: 'Sapphire', currentBalance: 0.29, creditLine: 10000, availableCredit: 9999.71 } },
      fetchedAt,
    );
    expect(snapshot).toMatchObject({ accountCategory: 'LOC_ACCOUNT', name: 'Sapphire', currentBalanceMinor: 29n, creditLineMinor: 1_000_000n, availableBalanceMinor: 999_971n });
  });

  it('uses the principal balance for loans', () => {
    const snapshot = toBankAccountSnapshot({ loanAccount: { accountId: 'm1', accountType: 'MORTGAGE', principalBalance: 250000.01 } }, fetchedAt);
    expect(snapshot.currentBalanceMinor).toBe(25_000_001n);
  });

  it('refuses an account without an id', () => {
    expect(fdxAccountsResponseSchema.safeParse({ accounts: [{ depositAccount: { nickname: 'x' } }] }).success).toBe(false);
  });
});

describe('maskAccountNumber', () => {
  it.each([
    ['1234567890', '…7890'],
    ['xxxx-9015', '…9015'],
    ['', null],
    [undefined, null],
  ])('%s → %s', (input, expected) => {
    expect(maskAccountNumber(input)).toBe(expected);
  });
});
