import { describe, expect, it } from 'vitest';
import { MalformedBankResponseError } from './errors';
import { transformTransactionsPage } from './transform-transactions';

// Fixtures shaped like the FDX v4 payloads Chase (and the sandbox) send.
const checkingDebit = {
  depositTransaction: {
    accountId: 'acc-1',
    transactionId: 'txn-100',
    referenceTransactionId: 'auth-100',
    postedTimestamp: '2026-03-02T15:04:05.000Z',
    transactionTimestamp: '2026-03-01T23:30:00-05:00',
    description: 'WHOLE FOODS #123',
    debitCreditMemo: 'DEBIT',
    status: 'POSTED',
    amount: 82.29,
    category: 'Groceries',
    transactionType: 'POINTOFSALE',
    payee: 'Whole Foods',
    someVendorField: { ignored: true },
  },
};
const payroll = {
  depositTransaction: {
    transactionId: 'txn-101',
    postedTimestamp: '2026-03-03T00:00:00Z',
    description: 'ACME PAYROLL',
    debitCreditMemo: 'CREDIT',
    status: 'POSTED',
    amount: '2500.00',
    transactionType: 'DIRECTDEPOSIT',
  },
};
const pendingCard = {
  locTransaction: {
    transactionId: 'auth-9',
    transactionTimestamp: '2026-03-04T09:00:00Z',
    description: 'UBER *TRIP',
    debitCreditMemo: 'DEBIT',
    status: 'PENDING',
    amount: 0.1,
    merchant: { name: 'Uber', country: 'US' },
  },
};
const cardPayment = {
  locTransaction: { transactionId: 'pay-1', postedTimestamp: '2026-03-05', description: 'PAYMENT THANK YOU', debitCreditMemo: 'CREDIT', status: 'POSTED', amount: 1000 },
};
const foreign = {
  locTransaction: {
    transactionId: 'fx-1',
    postedTimestamp: '2026-03-06T10:00:00Z',
    description: 'CAFE DE FLORE PARIS',
    debitCreditMemo: 'DEBIT',
    status: 'POSTED',
    amount: 21.7,
    foreignAmount: 19.9,
    foreignCurrency: 'EUR',
    merchantCountry: 'FR',
  },
};

describe('transformTransactionsPage', () => {
  it('maps a posted debit: sign, cents, the bank calendar date', () => {
    const [row] = transformTransactionsPage([checkingDebit]);
    expect(row).toEqual({
      bankTransactionId: 'txn-100',
      bankReferenceId: 'auth-100',
      status: 'posted',
      amountMinor: -8229n,
      currency: 'USD',
      bookedOn: new Date('2026-03-02T00:00:00.000Z'),
      transactedAt: new Date('2026-03-02T04:30:00.000Z'),
      postedAt: new Date('2026-03-02T15:04:05.000Z'),
      description: 'WHOLE FOODS #123',
      bankMerchantName: 'Whole Foods',
      payee: 'Whole Foods',
      payeeKey: 'whole foods',
      bankCategory: 'Groceries',
      bankTransactionType: 'POINTOFSALE',
      foreignAmountMinor: null,
      foreignCurrency: null,
      merchantCountry: null,
    });
  });

  it('credits are money in; card purchases out and card payments in', () => {
    const rows = transformTransactionsPage([payroll, pendingCard, cardPayment]);
    expect(rows.map((row) => row.amountMinor)).toEqual([250000n, -10n, 100000n]);
  });

  it('dates a pending row by its transaction date and gives it no posted time', () => {
    const [row] = transformTransactionsPage([pendingCard]);
    expect(row).toMatchObject({ status: 'pending', bookedOn: new Date('2026-03-04T00:00:00Z'), postedAt: null, bankMerchantName: 'Uber', merchantCountry: 'US' });
  });

  it('keeps foreign amounts in their own currency', () => {
    const [row] = transformTransactionsPage([foreign]);
    expect(row).toMatchObject({ amountMinor: -2170n, foreignAmountMinor: 1990n, foreignCurrency: 'EUR', merchantCountry: 'FR' });
  });

  it('uses the account currency exponent', () => {
    const yen = { depositTransaction: { ...payroll.depositTransaction, amount: 1500 } };
    expect(transformTransactionsPage([yen], 'JPY')[0]).toMatchObject({ amountMinor: 1500n, currency: 'JPY' });
  });

  it.each([
    ['a missing transactionId', { depositTransaction: { ...payroll.depositTransaction, transactionId: undefined } }],
    ['an amount that is not a number', { depositTransaction: { ...payroll.depositTransaction, amount: 'lots' } }],
    ['fractions of a cent', { depositTransaction: { ...payroll.depositTransaction, amount: 1.005 } }],
    ['an unknown status', { depositTransaction: { ...payroll.depositTransaction, status: 'SETTLED' } }],
    ['no dates at all', { depositTransaction: { ...payroll.depositTransaction, postedTimestamp: undefined } }],
    ['an unknown wrapper', { mysteryTransaction: payroll.depositTransaction }],
    ['a null item', null],
  ])('rejects the whole page for %s', (_label, bad) => {
    expect(() => transformTransactionsPage([checkingDebit, bad])).toThrow(MalformedBankResponseError);
  });
});
