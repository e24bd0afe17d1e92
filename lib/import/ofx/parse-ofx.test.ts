import { describe, expect, it } from 'vitest';
import { collectRows, importErrorOf, openFixture, readFixture, summarise } from '../test-helpers/fixtures';
import { parseOfxAmount, parseOfxDate } from './ofx-values';
import { parseOfx } from './parse-ofx';

describe('parseOfx', () => {
  it('reads an OFX 1.x SGML bank statement in Windows-1252: unclosed tags, empty MEMO, zones, entities', async () => {
    const rows = await collectRows(parseOfx(openFixture('bank-1x.ofx'), { accountMask: '6789', currency: 'USD' }));
    expect(summarise(rows)).toEqual([
      ['2026-11-30', -575n, 'STARBUCKS STORE 12345'],
      ['2026-11-28', 250000n, 'ACME CORP PAYROLL'],
      ['2026-11-25', -12000n, 'CHECK 1042'],
      ['2026-11-24', -10n, 'CAFÉ MÜLLER & SONS'],
    ]);
    expect(rows.map((r) => r.externalId)).toEqual(['202611300', '202611280', '202611250', '202611240']);
    expect(rows[0]?.memo).toBeUndefined();
    expect(rows[1]?.memo).toBe('PPD ID: 9876543210');
    expect(rows[2]?.checkNumber).toBe('1042');
    expect(rows[3]?.memo).toBe('AT&T style & raw ampersand');
    expect(rows.map((r) => r.line)).toEqual([45, 53, 61, 69]);
  });

  it('reads a QFX credit-card statement, payments positive and purchases negative', async () => {
    const rows = await collectRows(parseOfx(openFixture('card-1x.qfx')));
    expect(summarise(rows)).toEqual([
      ['2026-11-29', -4299n, 'AMAZON MKTPL*2K4AB1CD3'],
      ['2026-11-25', 50000n, 'PAYMENT THANK YOU'],
    ]);
  });

  it('reads an OFX 2.x XML statement: closed leaves, PAYEE aggregate, <MEMO/>, UTF-8, EUR', async () => {
    const rows = await collectRows(parseOfx(openFixture('bank-2x.ofx', 50), { currency: 'EUR' }));
    expect(summarise(rows)).toEqual([
      ['2026-11-30', -2345n, 'REWE Markt GmbH'],
      ['2026-11-28', 234567n, 'Arbeitgeber AG'],
      ['2026-11-01', -450n, 'Café Müller'],
    ]);
    expect(rows[0]?.memo).toBe('Kartenzahlung & Bonus');
  });

  it('reads the same statement from UTF-16 with a byte-order mark', async () => {
    const text = readFixture('bank-2x.ofx').toString('utf8').replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const rows = await collectRows(parseOfx(utf16));
    expect(rows.map((r) => r.description)).toEqual(['REWE Markt GmbH', 'Arbeitgeber AG', 'Café Müller']);
  });

  it('takes the chosen account from a file with a bank and a card statement', async () => {
    const card = await collectRows(parseOfx(openFixture('bank-and-card-1x.ofx'), { accountMask: '9876' }));
    expect(card.map((r) => r.externalId)).toEqual(['2426123CC0001', '2426123CC0002']);
    const bank = await collectRows(parseOfx(openFixture('bank-and-card-1x.ofx'), { accountMask: '123456789' }));
    expect(bank).toHaveLength(4);
  });

  it('refuses a file with two accounts when none was chosen', async () => {
    const error = await importErrorOf(parseOfx(openFixture('bank-and-card-1x.ofx')));
    expect(error.importCode).toBe('wrong_account');
    expect(error.message).toContain('…6789, …9876');
  });

  it('refuses a file for another account', async () => {
    const error = await importErrorOf(parseOfx(openFixture('bank-1x.ofx'), { accountMask: '1111' }));
    expect(error.message).toBe('This file is for account …6789, not …1111.');
  });

  it('refuses a statement in another currency', async () => {
    const error = await importErrorOf(parseOfx(openFixture('bank-2x.ofx'), { currency: 'USD' }));
    expect(error.importCode).toBe('wrong_account');
  });

  it('refuses a truncated file, naming what is left open', async () => {
    const error = await importErrorOf(parseOfx(openFixture('truncated.ofx')));
    expect(error.importCode).toBe('truncated');
    expect(error.message).toContain('</STMTTRN>');
  });

  it("refuses a file that holds the bank's error instead of a statement", async () => {
    const sgml = 'OFXHEADER:100\nDATA:OFXSGML\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>2000<SEVERITY>ERROR<MESSAGE>General error</STATUS></STMTTRNRS></BANKMSGSRSV1></OFX>';
    const error = await importErrorOf(parseOfx(new TextEncoder().encode(sgml)));
    expect(error.message).toBe("Line 4: The file holds the bank's error instead of a statement (code 2000: General error).");
  });

  it('refuses a file that is not OFX', async () => {
    const error = await importErrorOf(parseOfx(openFixture('chase-card.csv')));
    expect(error.importCode).toBe('malformed');
  });
});

describe('OFX values', () => {
  it('reads TRNAMT as an exact decimal, never through a float', () => {
    expect(parseOfxAmount('-0.29', 2)).toBe(-29n);
    expect(parseOfxAmount('90071992547409.93', 2)).toBe(9007199254740993n);
    expect(parseOfxAmount('+12,30', 2)).toBe(1230n);
    expect(parseOfxAmount('1500', 0)).toBe(1500n);
    expect(parseOfxAmount('1.005', 2)).toBeNull();
    expect(parseOfxAmount('1,234.56', 2)).toBeNull();
    expect(parseOfxAmount('', 2)).toBeNull();
  });

  it('reads DTPOSTED in every OFX form, keeping the written day', () => {
    expect(parseOfxDate('20261130')).toBe('2026-11-30');
    expect(parseOfxDate('20261130120000')).toBe('2026-11-30');
    expect(parseOfxDate('20261130120000.000[-5:EST]')).toBe('2026-11-30');
    expect(parseOfxDate('20261130000000[+5.30:IST]')).toBe('2026-11-30');
    expect(parseOfxDate('20261130235959.123[0:GMT]')).toBe('2026-11-30');
    expect(parseOfxDate('20260229')).toBeNull();
    expect(parseOfxDate('20261130250000')).toBeNull();
    expect(parseOfxDate('11/30/2026')).toBeNull();
  });
});
