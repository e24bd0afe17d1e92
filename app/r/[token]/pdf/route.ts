import { getDb } from '@/lib/db';
import { notFoundResponse, reportPdfResponse } from '@/lib/reports/pdf-response';
import { getSharedLendingReport } from '@/lib/reports/reports';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const report = await getSharedLendingReport(getDb(), token);
  if (!report) return notFoundResponse();
  return reportPdfResponse(report.snapshot, report.expiresAt);
}
