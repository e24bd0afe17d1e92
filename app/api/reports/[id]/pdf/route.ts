import { z } from 'zod';
import { getDb } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { withWorkspace } from '@/lib/http/route';
import { reportPdfResponse } from '@/lib/reports/pdf-response';
import { getOwnLendingReport } from '@/lib/reports/reports';

export const dynamic = 'force-dynamic';

// The owner's copy: signed in, and only their own report (anything else is the same 404).
export const GET = withWorkspace(
  async ({ actor, params }) => {
    const report = await getOwnLendingReport(getDb(), actor.workspaceId, params.id);
    if (!report) throw new NotFoundError('That report');
    return reportPdfResponse(report.snapshot);
  },
  { need: 'read', params: z.object({ id: z.string().min(1).max(64) }) },
);
