import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PrintButton } from '@/components/reports/print-button';
import { ReportView } from '@/components/reports/report-view';
import { buttonClasses } from '@/components/ui/button';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { getDb } from '@/lib/db';
import { getOwnLendingReport } from '@/lib/reports/reports';

export const metadata: Metadata = { title: 'Lending report' };

export default async function OwnReportPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireWorkspace('read');
  const { id } = await params;
  const report = await getOwnLendingReport(getDb(), actor.workspaceId, id);
  if (!report) notFound();
  return (
    <>
      <div className="mb-4 flex flex-wrap gap-2 print:hidden">
        <Link href="/reports" className={buttonClasses('ghost')}>
          ← All reports
        </Link>
        <PrintButton />
        <a href={`/api/reports/${report.id}/pdf`} className={buttonClasses('secondary')}>
          Download PDF
        </a>
      </div>
      <ReportView snapshot={report.snapshot} />
    </>
  );
}
