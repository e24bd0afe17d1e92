import type { Metadata } from 'next';
import { OwnershipList } from '@/components/ownership/ownership-list';
import { CreateReportForm } from '@/components/reports/create-report-form';
import { ReportList } from '@/components/reports/report-list';
import { PageHeader } from '@/components/shell/page-header';
import { Card } from '@/components/ui/card';
import { WriteOnly } from '@/components/workspaces/workspace-role';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { getDb } from '@/lib/db';
import { listAccountOwnership } from '@/lib/reports/ownership-overview';
import { listLendingReports } from '@/lib/reports/reports';

export const metadata: Metadata = { title: 'Reports' };

export default async function ReportsPage() {
  const actor = await requireWorkspace('read');
  const db = getDb();
  const [ownership, reports] = await Promise.all([listAccountOwnership(db, actor), listLendingReports(db, actor.workspaceId)]);
  return (
    <>
      <PageHeader title="Reports" />
      <div className="grid max-w-4xl gap-6">
        <Card title="Lending reports">
          <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
            A snapshot for a lender: who owns your accounts, balances and net worth, 12-month average income and spending, and negative-balance days. Shared by a
            private link that expires<WriteOnly>, and that you can revoke at any time</WriteOnly>.
          </p>
          <WriteOnly>
            <CreateReportForm />
          </WriteOnly>
          <div className="mt-6">
            <ReportList reports={reports} />
          </div>
        </Card>
        <Card title="Account ownership">
          <OwnershipList accounts={ownership.accounts} profileSaved={ownership.profileSaved} />
        </Card>
      </div>
    </>
  );
}
