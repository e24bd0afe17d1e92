import { describe, expect, it } from 'vitest';
import { readTextHead } from '../read-text-head';
import { collectRows, importErrorOf, openFixture, readFixture, summarise } from '../test-helpers/fixtures';
import type { CsvMapping } from './csv-mapping';
import { parseCsv } from './parse-csv';
import { proposeCsvMapping } from './propose-csv-mapping';

async function importWithProposal(name: string, expectedLayout: string) {
  const proposal = proposeCsvMapping(await readTextHead(openFixture(name)));
  expect(proposal?.layout).toBe(expectedLayout);
  if (!proposal) throw new Error('no proposal');
  return collectRows(parseCsv(openFixture(name), proposal.mapping));
}

const simple: CsvMapping = { date: 'Date', amount: 'Amount', description: 'Description', dateFormat: 'detect', decimalSeparator: '.', sign: 'normal', delimiter: ',' };

function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

describe('parseCsv with proposed mappings', () => {
  it('reads a Chase checking export (trailing comma on each row, check numbers)', async () => {
    const rows = await importWithProposal('chase-checking.csv', 'chase-checking');
    expect(summarise(rows)).toEqual([
      ['2026-11-30', -575n, 'STARBUCKS STORE 12345 SEATTLE WA         11/29'],
      ['2026-11-28', 250000n, 'ACME CORP       PAYROLL    PPD ID: 9876543210'],
      ['2026-11-25', -12000n, 'CHECK 1042'],
      ['2026-11-24', -123456n, 'Zelle payment to John Smith JPM99a1b2c3d'],
      ['2026-11-20', 128149n, 'REMOTE ONLINE DEPOSIT #          1'],
    ]);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
    expect(rows[2]?.checkNumber).toBe('1042');
  });

  it('reads a Chase card export on the post date, purchases negative', async () => {
    const rows = await importWithProposal('chase-card.csv', 'chase-card');
    expect(summarise(rows)).toEqual([
      ['2026-11-30', -4299n, 'AMAZON MKTPL*2K4AB1CD3'],
      ['2026-11-28', -1840n, "TST* JOE'S DINER, LLC"],
      ['2026-11-25', 50000n, 'Payment Thank You-Mobile'],
      ['2026-11-24', 1200n, 'AMAZON MKTPL*2K4AB1CD3'],
    ]);
    expect(rows[3]?.memo).toBe('Refund for order 113-445');
  });

  it('skips the Bank of America summary preamble and the beginning-balance row', async () => {
    const rows = await importWithProposal('bofa-checking.csv', 'bofa-checking');
    expect(summarise(rows)).toEqual([
      ['2026-11-02', -20000n, 'BKOFAMERICA ATM 11/02 #000001234 WITHDRWL MAIN ST'],
      ['2026-11-15', 325000n, 'ACME CORP DES:PAYROLL ID:XXXXX12345 INDN:DOE,JANE CO ID:XXXXX WEB'],
      ['2026-11-20', -116157n, 'PG&E DES:WEB ONLINE ID:1234567 INDN:JANE DOE'],
    ]);
    expect(rows[0]?.line).toBe(9);
  });

  it('reads a European Windows-1252 export: semicolons, DD.MM.YYYY, 1.234,56', async () => {
    const proposal = proposeCsvMapping(await readTextHead(openFixture('european-1252.csv')));
    expect(proposal?.mapping).toMatchObject({ delimiter: ';', dateFormat: 'DD.MM.YYYY', decimalSeparator: ',', date: 'Buchungstag', amount: 'Betrag' });
    const rows = await importWithProposal('european-1252.csv', 'generic');
    expect(summarise(rows)).toEqual([
      ['2026-11-30', -2345n, 'REWE Markt GmbH'],
      ['2026-11-28', 234567n, 'Gehalt November'],
      ['2026-11-15', -123456n, 'Miete Dezember'],
      ['2026-11-01', -450n, 'Überweisung Café Müller'],
    ]);
  });

  it('reads debit and credit columns as one signed amount, with the reference as bank id', async () => {
    const rows = await importWithProposal('generic-debit-credit.csv', 'generic');
    expect(summarise(rows)).toEqual([
      ['2026-11-03', -4510n, 'Grocery Store'],
      ['2026-11-04', 150000n, 'Salary'],
      ['2026-11-05', -500n, 'Utility Refund'],
    ]);
    expect(rows.map((r) => r.externalId)).toEqual(['TX1001', 'TX1002', 'TX1003']);
  });
});

describe('parseCsv options', () => {
  it('inverts the sign for card exports that show purchases as positive', async () => {
    const csv = 'Date,Description,Amount\n2026-11-30,Coffee,4.50\n2026-11-30,Payment,-100.00\n';
    const rows = await collectRows(parseCsv(bytes(csv), { ...simple, sign: 'inverted' }));
    expect(rows.map((r) => r.amountMinor)).toEqual([-450n, 10000n]);
  });

  it('reads columns by index, detecting that there is no header', async () => {
    const csv = '30/11/2026,Coffee,(4.50)\n13/11/2026,Refund,4.50-\n';
    const mapping: CsvMapping = { ...simple, date: 0, description: 1, amount: 2, header: 'auto' };
    expect(summarise(await collectRows(parseCsv(bytes(csv), mapping)))).toEqual([
      ['2026-11-30', -450n, 'Coffee'],
      ['2026-11-13', -450n, 'Refund'],
    ]);
  });

  it('streams in batches of the chosen size', async () => {
    const lines = Array.from({ length: 5 }, (_, i) => `2026-11-0${i + 1},Row ${i},1.00`);
    const sizes: number[] = [];
    for await (const batch of parseCsv(bytes(`Date,Description,Amount\n${lines.join('\n')}`), simple, { batchSize: 2 })) sizes.push(batch.length);
    expect(sizes).toEqual([2, 2, 1]);
  });
});

describe('parseCsv refuses bad input with the line', () => {
  it('a truncated file (quote never closed)', async () => {
    const error = await importErrorOf(parseCsv(openFixture('truncated.csv'), proposeCsvMapping(readFixture('truncated.csv').toString())!.mapping));
    expect(error.importCode).toBe('truncated');
    expect(error.line).toBe(3);
  });

  it('an amount in the other decimal format, saying which format it reads as', async () => {
    const error = await importErrorOf(parseCsv(openFixture('wrong-amount-format.csv'), simple));
    expect(error.importCode).toBe('amount_format');
    expect(error.line).toBe(2);
    expect(error.message).toBe('Line 2: "1.234,56" is not an amount in the format 1,234.56. It reads as 1.234,56: choose that amount format.');
  });

  it('dates that fit two formats', async () => {
    const csv = 'Date,Description,Amount\n01/02/2026,A,1.00\n03/04/2026,B,1.00\n';
    const error = await importErrorOf(parseCsv(bytes(csv), simple));
    expect(error.importCode).toBe('date_format');
    expect(error.message).toContain('MM/DD/YYYY or DD/MM/YYYY');
    expect(error.message).toContain('"01/02/2026"');
  });

  it('a date that does not exist, under an explicit format', async () => {
    const csv = 'Date,Description,Amount\n02/28/2026,A,1.00\n02/29/2026,B,1.00\n';
    const error = await importErrorOf(parseCsv(bytes(csv), { ...simple, dateFormat: 'MM/DD/YYYY' }));
    expect([error.importCode, error.line]).toEqual(['date_format', 3]);
  });

  it('a row with too few columns', async () => {
    const csv = 'Date,Description,Amount\n2026-11-01,A,1.00\n2026-11-02,B\n';
    const error = await importErrorOf(parseCsv(bytes(csv), simple));
    expect([error.importCode, error.line]).toEqual(['malformed', 3]);
  });

  it('a file without the mapped header', async () => {
    const error = await importErrorOf(parseCsv(openFixture('chase-card.csv'), { ...simple, date: 'Posting Date' }));
    expect(error.importCode).toBe('mapping');
  });

  it('a file over the byte cap, while streaming', async () => {
    const error = await importErrorOf(parseCsv(openFixture('chase-checking.csv', 16), simple, { maxBytes: 100 }));
    expect(error.importCode).toBe('too_large');
  });

  it('a mapping with both an amount and debit/credit columns', async () => {
    const error = await importErrorOf(parseCsv(bytes(''), { ...simple, debit: 'Debit', credit: 'Credit' }));
    expect(error.importCode).toBe('mapping');
  });
});
