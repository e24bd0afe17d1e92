import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PrintButton } from '@/components/reports/print-button';
import { ReportView } from '@/components/reports/report-view';
import { buttonClasses } from '@/components/ui/button';
import { getDb } from '@/lib/db';
import { getSharedLendingReport } from '@/lib/reports/reports';

// A shared lending report: reachable signed out, by its token only, and showing only that report.
// Unknown, altered, expired and revoked links are all the same 404. Never indexed, cached or
// leaked through the Referer header.

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Lending report',
  robots: { index: false, follow: false, nocache: true, googleBot: { index: false, follow: false } },
  referrer: 'no-referrer',
};

export default async function SharedReportPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const report = await getSharedLendingReport(getDb(), token, { countView: true });
  if (!report) notFound();
  return (
    <main id="main" className="px-4 py-8 sm:px-8 print:p-0">
      <div className="mx-auto mb-4 flex max-w-3xl flex-wrap gap-2 print:hidden">
        <PrintButton />
        <a href={`/r/${token}/pdf`} className={buttonClasses('secondary')} rel="noreferrer">
          Download PDF
        </a>
      </div>
      <ReportView snapshot={report.snapshot} expiresAt={report.expiresAt} />
    </main>
  );
}
