import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { WriteOnly } from '@/components/workspaces/workspace-role';
import { formatDateTime } from '@/lib/dates';
import { revokeReportAction } from '@/lib/reports/actions';
import type { ReportSummary } from '@/lib/reports/reports';

const STATE_LABELS = { active: 'Active', expired: 'Expired', revoked: 'Revoked' } as const;

export function ReportList({ reports }: { reports: ReportSummary[] }) {
  if (reports.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No reports yet.</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Your lending reports</caption>
      <thead className="text-xs uppercase text-slate-600 dark:text-slate-400">
        <tr>
          <th scope="col" className="py-2 pr-3">Report</th>
          <th scope="col" className="py-2 pr-3">Link</th>
          <th scope="col" className="py-2 pr-3">Views</th>
          <th scope="col" className="py-2">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
        {reports.map((report) => (
          <tr key={report.id}>
            <td className="py-2 pr-3">
              <Link href={`/reports/${report.id}`} className="font-medium text-brand-700 underline dark:text-brand-100">
                {report.title}
              </Link>
              <div className="text-xs text-slate-600 dark:text-slate-400">Created {formatDateTime(report.createdAt)}</div>
            </td>
            <td className="py-2 pr-3">
              {STATE_LABELS[report.state]}
              <div className="text-xs text-slate-600 dark:text-slate-400">{report.state === 'revoked' && report.revokedAt ? `Revoked ${formatDateTime(report.revokedAt)}` : `${report.state === 'expired' ? 'Expired' : 'Expires'} ${formatDateTime(report.expiresAt)}`}</div>
            </td>
            <td className="py-2 pr-3">{report.viewCount}</td>
            <td className="py-2 text-right">
              {report.state === 'active' ? (
                <WriteOnly>
                  <form action={revokeReportAction}>
                    <input type="hidden" name="reportId" value={report.id} />
                    <Button type="submit" variant="secondary" aria-label={`Revoke link to ${report.title}`}>
                      Revoke link
                    </Button>
                  </form>
                </WriteOnly>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
