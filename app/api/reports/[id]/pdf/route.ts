import { z } from 'zod';
import { getDb } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { withUser } from '@/lib/http/route';
import { reportPdfResponse } from '@/lib/reports/pdf-response';
import { getOwnLendingReport } from '@/lib/reports/reports';

export const dynamic = 'force-dynamic';

// The owner's copy: signed in, and only their own report (anything else is the same 404).
export const GET = withUser(
  async ({ user, params }) => {
    const report = await getOwnLendingReport(getDb(), user.id, params.id);
    if (!report) throw new NotFoundError('That report');
    return reportPdfResponse(report.snapshot);
  },
  { params: z.object({ id: z.string().min(1).max(64) }) },
);
