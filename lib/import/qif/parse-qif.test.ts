import { describe, expect, it } from 'vitest';
import { collectRows, importErrorOf, openFixture, summarise } from '../test-helpers/fixtures';
import { parseQif } from './parse-qif';
import { parseQifDate } from './qif-dates';

describe('parseQif', () => {
  it("reads a bank file: apostrophe years, U and T, split totals, check numbers", async () => {
    const rows = await collectRows(parseQif(openFixture('bank.qif', 32)));
    expect(summarise(rows)).toEqual([
      ['2026-11-30', -575n, 'STARBUCKS STORE 12345'],
      ['2026-11-28', 250000n, 'ACME CORP PAYROLL'],
      ['2026-11-25', -12000n, 'Smith Landscaping'],
      ['2026-11-24', -10000n, 'Costco'],
    ]);
    expect(rows.map((r) => r.line)).toEqual([2, 8, 14, 19]);
    expect(rows[1]?.checkNumber).toBeUndefined(); // "DEP" is a type, not a number
    expect(rows[2]?.checkNumber).toBe('1042');
    expect(rows[3]?.memo).toBe('Groceries and supplies');
  });

  it('reads a card file after its account list, with spaces inside dates', async () => {
    const rows = await collectRows(parseQif(openFixture('card.qif')));
    expect(summarise(rows)).toEqual([
      ['2027-01-05', -4299n, 'AMAZON MKTPL'],
      ['2026-12-31', 50000n, 'PAYMENT THANK YOU'],
    ]);
  });

  it('reads day-first dates and decimal commas', async () => {
    const rows = await collectRows(parseQif(openFixture('bank-dmy.qif'), { decimalSeparator: ',' }));
    expect(summarise(rows)).toEqual([
      ['2026-11-30', -2345n, 'REWE'],
      ['2026-11-01', -123456n, 'Miete'],
    ]);
  });

  it('refuses dates that fit two orders, and reads them once the order is chosen', async () => {
    const error = await importErrorOf(parseQif(openFixture('ambiguous-dates.qif')));
    expect(error.importCode).toBe('date_format');
    expect(error.message).toContain('MDY or DMY');
    const rows = await collectRows(parseQif(openFixture('ambiguous-dates.qif'), { dateOrder: 'DMY' }));
    expect(rows.map((r) => r.bookedOn)).toEqual(['2026-11-01', '2026-11-02']);
  });

  it('refuses a truncated file', async () => {
    const error = await importErrorOf(parseQif(openFixture('truncated.qif')));
    expect([error.importCode, error.line]).toEqual(['truncated', 19]);
  });

  it('refuses investment files and non-QIF text', async () => {
    const invest = await importErrorOf(parseQif(new TextEncoder().encode('!Type:Invst\nD1/1/26\n^\n')));
    expect(invest.importCode).toBe('unsupported');
    const csv = await importErrorOf(parseQif(openFixture('chase-card.csv')));
    expect([csv.importCode, csv.line]).toEqual(['malformed', 1]);
  });

  it('refuses a decimal-comma amount read as 1,234.56', async () => {
    const error = await importErrorOf(parseQif(openFixture('bank-dmy.qif')));
    expect([error.importCode, error.line]).toEqual(['amount_format', 2]);
  });
});

describe('parseQifDate', () => {
  it.each([
    ["11/30'26", 'MDY', '2026-11-30'],
    ["1/ 5'27", 'MDY', '2027-01-05'],
    ['11/30/2026', 'MDY', '2026-11-30'],
    ['11/30/96', 'MDY', '1996-11-30'],
    ['30.11.26', 'DMY', '2026-11-30'],
    ['2026-11-30', 'YMD', '2026-11-30'],
    ['30.11.26', 'MDY', null],
    ["2/29'27", 'MDY', null],
  ] as const)('%s as %s → %s', (text, order, expected) => {
    expect(parseQifDate(text, order)).toBe(expected);
  });
});
