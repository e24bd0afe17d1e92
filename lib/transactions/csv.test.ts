import { describe, expect, it } from 'vitest';
import { minorUnitsToDecimal } from '@/lib/money';
import { csvCell, csvRow, csvSummaryRows } from './csv';
import { transactionsExportName } from './export-name';

describe('csv', () => {
  it('quotes per RFC 4180', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvRow(['a', 'b'])).toBe('a,b\r\n');
  });

  it('defuses formulas in text but keeps negative amounts numeric', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('-cmd')).toBe("'-cmd");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-12.34', { numeric: true })).toBe('-12.34');
  });
});

describe('the export summary and file name', () => {
  it('writes totals under the Amount column after an empty row, in the file\'s sign convention', () => {
    const summary = csvSummaryRows({ count: 3, inflowMinor: 1_000_00n, outflowMinor: 250_50n, netMinor: 749_50n }, ['Date', 'Description', 'Amount', 'Notes'], minorUnitsToDecimal);
    expect(summary.split('\r\n')).toEqual([',,,', 'Total transactions,,3,', 'Total money in,,1000.00,', 'Total money out,,-250.50,', 'Net,,749.50,', '']);
  });

  it('names the file after the range it covers', () => {
    const now = new Date('2026-11-30T15:00:00Z');
    const day = (d: string) => new Date(`${d}T00:00:00Z`);
    expect(transactionsExportName({ from: day('2026-10-01'), to: day('2026-10-31') }, now)).toBe('cashlens-transactions-2026-10-01-to-2026-10-31.csv');
    expect(transactionsExportName({ from: day('2026-10-01'), to: null }, now)).toBe('cashlens-transactions-2026-10-01-to-2026-11-30.csv');
    expect(transactionsExportName({ from: null, to: null }, now)).toBe('cashlens-transactions-all-to-2026-11-30.csv');
  });
});
