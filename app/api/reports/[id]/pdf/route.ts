import { getCurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { notFoundResponse, reportPdfResponse } from '@/lib/reports/pdf-response';
import { getOwnLendingReport } from '@/lib/reports/reports';

export const dynamic = 'force-dynamic';

// The owner's copy: signed in, and only their own report (anything else is the same 404).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response('Sign in first', { status: 401, headers: { 'cache-control': 'no-store' } });
  const { id } = await params;
  const report = await getOwnLendingReport(getDb(), user.id, id);
  if (!report) return notFoundResponse();
  return reportPdfResponse(report.snapshot);
}
