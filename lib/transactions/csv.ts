// CSV that spreadsheet apps and accountants open directly: RFC 4180 quoting, CRLF line ends, a
// UTF-8 byte-order mark (Excel otherwise guesses a legacy code page), and formula injection
// defused: a cell starting with = + - @ (or tab/CR) gets a leading apostrophe so it stays text.
// Amounts are written as plain decimals from minor units, so they stay numbers in the sheet.

export const CSV_BOM = '\uFEFF';

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

export function csvCell(value: string | number | bigint | null | undefined, { numeric = false } = {}): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // A negative amount is a number, not a formula; only free text is defused.
  if (!numeric && formulaStart.test(text)) text = `'${text}`;
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: string[]): string {
  return `${cells.join(',')}\r\n`;
}

/**
 * The summary after the rows: one empty row, then one row per figure with its label in the first
 * column and the figure in the Amount column, so it sits under the amounts it totals and a sheet's
 * SUM over the data rows can be checked against it.
 */
export function csvSummaryRows(totals: { count: number; inflowMinor: bigint; outflowMinor: bigint; netMinor: bigint }, columns: readonly string[], toDecimal: (minor: bigint) => string): string {
  const amountAt = columns.indexOf('Amount');
  const row = (label: string, value: string) => csvRow(columns.map((_, index) => (index === 0 ? csvCell(label) : index === amountAt ? csvCell(value, { numeric: true }) : '')));
  return (
    csvRow(columns.map(() => '')) +
    row('Total transactions', String(totals.count)) +
    row('Total money in', toDecimal(totals.inflowMinor)) +
    row('Total money out', toDecimal(-totals.outflowMinor)) +
    row('Net', toDecimal(totals.netMinor))
  );
}
