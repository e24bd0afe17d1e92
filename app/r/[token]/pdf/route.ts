import { z } from 'zod';
import { getDb } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { withPublic } from '@/lib/http/route';
import { reportPdfResponse } from '@/lib/reports/pdf-response';
import { getSharedLendingReport } from '@/lib/reports/reports';

export const dynamic = 'force-dynamic';

// The shared copy: anyone with the link, until it expires or is revoked (then the same 404).
export const GET = withPublic(
  async ({ params }) => {
    const report = await getSharedLendingReport(getDb(), params.token);
    if (!report) throw new NotFoundError('That report');
    return reportPdfResponse(report.snapshot, report.expiresAt);
  },
  { params: z.object({ token: z.string().min(1).max(200) }) },
);
