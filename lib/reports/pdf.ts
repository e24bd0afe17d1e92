import { formatCount } from '@/lib/counts';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { formatDate, formatDateTime } from '@/lib/dates';
import { FIELD_LABELS, OWNERSHIP_LABELS, RESULT_LABELS, accountLabel, balance, money, summaryLines } from './format';
import type { ReportSnapshot } from './snapshot';

// The report as a real PDF (pdf-lib, standard Helvetica): the same content as the web page, in
// reading order, wrapped to the page and continued on new pages.

const PAGE = { width: 612, height: 792, margin: 54 };

class Writer {
  private page!: PDFPage;
  private y = 0;
  constructor(private doc: PDFDocument, private regular: PDFFont, private bold: PDFFont, private supported: Set<number>) {
    this.newPage();
  }
  private newPage() {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
  }
  // Standard fonts cover Latin-1 and a few symbols; anything else prints as "?" rather than failing.
  private clean(text: string): string {
    return [...text].map((ch) => (this.supported.has(ch.codePointAt(0)!) ? ch : '?')).join('');
  }
  text(raw: string, options: { size?: number; bold?: boolean; indent?: number; gap?: number; colour?: [number, number, number] } = {}) {
    const size = options.size ?? 10;
    const font = options.bold ? this.bold : this.regular;
    const x = PAGE.margin + (options.indent ?? 0);
    const width = PAGE.width - PAGE.margin - x;
    const words = this.clean(raw).split(/\s+/);
    let line = '';
    const lines: string[] = [];
    for (const word of words) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) > width && line) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
    for (const text of lines) {
      if (this.y - size < PAGE.margin) this.newPage();
      this.y -= size * 1.35;
      this.page.drawText(text, { x, y: this.y, size, font, color: rgb(...(options.colour ?? [0.1, 0.1, 0.12])) });
    }
    this.y -= options.gap ?? 2;
  }
  space(points: number) {
    this.y -= points;
  }
}

export async function renderReportPdf(snapshot: ReportSnapshot, expiresAt?: Date): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(snapshot.title);
  doc.setAuthor('Cashlens');
  doc.setCreationDate(new Date(snapshot.createdAt));
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const w = new Writer(doc, regular, bold, new Set(regular.getCharacterSet()));

  w.text(snapshot.title, { size: 18, bold: true, gap: 4 });
  w.text(`Prepared for ${snapshot.preparedFor} on ${formatDateTime(snapshot.createdAt)}${expiresAt ? `; link valid until ${formatDateTime(expiresAt)}` : ''}.`, { colour: [0.35, 0.35, 0.4] });
  w.text('Figures are computed by Cashlens from data shared by the bank and frozen when this report was created.', { size: 8, colour: [0.35, 0.35, 0.4], gap: 10 });

  w.text('Summary', { size: 13, bold: true, gap: 4 });
  for (const [label, value] of summaryLines(snapshot)) w.text(`${label}: ${value}`);
  if (snapshot.spending.counting) w.text(snapshot.spending.counting);
  w.space(8);

  w.text('Income sources', { size: 13, bold: true, gap: 4 });
  if (snapshot.income.sources.length === 0) w.text('No recurring deposits found.');
  for (const source of snapshot.income.sources) {
    w.text(`${source.name}${source.payroll ? ' (payroll)' : ''}: ${formatCount(source.occurrences, 'deposit')}, ${source.cadence}, ${money(source.monthlyAverageMinor, snapshot.currency)} a month on average`);
  }
  w.text(`Period ${formatDate(snapshot.income.periodStart)} to ${formatDate(snapshot.income.periodEnd)}.`, { size: 8, colour: [0.35, 0.35, 0.4], gap: 10 });

  w.text('Accounts and ownership', { size: 13, bold: true, gap: 4 });
  for (const account of snapshot.accounts) {
    w.text(`${accountLabel(account)}: ${account.accountType.toLowerCase()}, balance ${balance(account)}`, { bold: true });
    w.text(`Ownership: ${OWNERSHIP_LABELS[account.ownership.status]}. ${account.ownership.summary}`, { indent: 12 });
    w.text(`Holders: ${account.ownership.holders.map((h) => `${h.name}${h.relationship ? ` (${h.relationship.toLowerCase().replace(/_/g, ' ')})` : ''}`).join('; ') || 'not shared'}`, { indent: 12 });
    for (const field of account.ownership.fields) w.text(`${FIELD_LABELS[field.field]}: ${RESULT_LABELS[field.result]}. ${field.reason}`, { indent: 24, size: 9 });
    w.space(6);
  }
  return doc.save();
}
