import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderReportPdf } from './pdf';
import type { ReportSnapshot } from './snapshot';

const snapshot: ReportSnapshot = {
  version: 1, title: 'Lending report', preparedFor: 'Zoë Łukasz', createdAt: '2026-11-24T12:00:00Z', dataAsOf: '2026-11-24T06:00:00Z', currency: 'USD',
  accounts: [{ name: 'Joint Checking', accountType: 'CHECKING', maskedNumber: '...4821', currency: 'USD', balanceMinor: '1234567', isLiability: false, balanceAsOf: null,
    ownership: { status: 'verified', summary: 'Your name and contact details match the bank’s records.', holders: [{ name: 'Alex Rivera', relationship: 'PRIMARY_JOINT' }], fields: [{ field: 'name', result: 'match', reason: 'Name matches.' }] } }],
  netWorth: [{ currency: 'USD', assetsMinor: '1234567', liabilitiesMinor: '0', netMinor: '1234567' }],
  income: { periodStart: '2025-11-25', periodEnd: '2026-11-24', months: 12, monthlyAverageMinor: '561166', sources: [{ name: 'ACME PAYROLL', cadence: 'every two weeks', occurrences: 26, monthlyAverageMinor: '561166', payroll: true }] },
  spending: { monthlyAverageMinor: '400000', months: 12 },
  negativeBalance: { days: 0, accounts: [{ name: 'Joint Checking', days: 0 }], overdraftFees: 0 },
};

describe('renderReportPdf', () => {
  it('writes a real one-page PDF, even with characters the standard font lacks', async () => {
    const bytes = await renderReportPdf(snapshot, new Date('2026-12-01T00:00:00Z'));
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-');
    const parsed = await PDFDocument.load(bytes);
    expect(parsed.getPageCount()).toBe(1);
    expect(parsed.getTitle()).toBe('Lending report');
  });
});
