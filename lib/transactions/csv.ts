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
