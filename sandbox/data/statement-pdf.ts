import { formatIsoDay } from './calendar.js';
import { formatUsd } from './money.js';
import type { LedgerItem } from './ledger-day.js';

// A hand-written single-page PDF 1.4: catalog, page, Helvetica, one content
// stream, and an exact cross-reference table so strict readers accept it.

function escapePdfText(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').replace(/([\\()])/g, '\\$1');
}

export function renderStatementPdf(input: { title: string; accountLine: string; periodStart: number; periodEnd: number; openingCents: number; closingCents: number; lines: LedgerItem[]; lineCount: number }): Buffer {
  const rows: string[] = [
    input.title,
    input.accountLine,
    `Statement period: ${formatIsoDay(input.periodStart)} to ${formatIsoDay(input.periodEnd)}`,
    `Opening balance: ${formatUsd(input.openingCents)}    Closing balance: ${formatUsd(input.closingCents)}`,
    `Transactions this period: ${input.lineCount}`,
    '',
    ...input.lines.slice(0, 30).map((item) => `${formatIsoDay(item.postedDay ?? item.originDay)}  ${item.event.memo === 'CREDIT' ? '+' : '-'}${formatUsd(item.amountCents).padStart(12)}  ${item.event.description.slice(0, 60)}`),
  ];
  if (input.lineCount > 30) rows.push(`... and ${input.lineCount - 30} more`);
  const content = ['BT', '/F1 10 Tf', '14 TL', '50 780 Td', ...rows.map((row, n) => `${n === 0 ? '' : 'T* '}(${escapePdfText(row)}) Tj`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, n) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${n + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
