import type { Metadata } from 'next';
import Link from 'next/link';
import { AlertItem } from '@/components/alerts/alert-item';
import { ConnectBankEmptyState } from '@/components/shell/empty-state';
import { PageHeader } from '@/components/shell/page-header';
import { WriteOnly } from '@/components/workspaces/workspace-role';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { getDb } from '@/lib/db';
import { countAlertsAndAccounts, listAlerts } from '@/lib/monitoring/alerts';

export const metadata: Metadata = { title: 'Alerts' };

export default async function AlertsPage({ searchParams }: { searchParams: Promise<{ show?: string }> }) {
  const actor = await requireWorkspace('read');
  const show = (await searchParams).show === 'all' ? 'all' : 'unread';
  const db = getDb();
  const [alerts, counts] = await Promise.all([listAlerts(db, actor.workspaceId, { status: show === 'unread' ? 'unread' : undefined }), countAlertsAndAccounts(db, actor.workspaceId)]);
  const anyAlerts = counts.alerts;
  const anyAccounts = counts.accounts;
  const tab = (value: 'unread' | 'all', label: string) => (
    <Link
      href={value === 'all' ? '/alerts?show=all' : '/alerts'}
      aria-current={show === value ? 'page' : undefined}
      className="inline-flex min-h-10 items-center rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700 dark:text-slate-200 dark:hover:bg-slate-800 dark:aria-[current=page]:bg-slate-800 dark:aria-[current=page]:text-white"
    >
      {label}
    </Link>
  );
  return (
    <>
      <PageHeader title="Alerts">
        <WriteOnly>
          <Link href="/settings#monitoring" className="text-sm text-brand-700 underline dark:text-brand-100">
            Thresholds and webhook
          </Link>
        </WriteOnly>
      </PageHeader>
      {anyAccounts === 0 ? (
        <ConnectBankEmptyState
          title="Nothing to watch yet"
          description="Connect your bank and Cashlens flags unusual charges, duplicate payments and card-testing bursts as they happen."
        />
      ) : (
        <>
          <nav aria-label="Alert filter" className="mb-4 flex gap-2">
            {tab('unread', 'Needs review')}
            {tab('all', 'All alerts')}
          </nav>
          {alerts.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-300 p-6 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
              {anyAlerts === 0 ? 'No alerts. Cashlens checks every new transaction after each sync.' : 'Nothing needs review. Every alert has an answer.'}
            </p>
          ) : (
            <ul className="grid max-w-3xl gap-3">
              {alerts.map((alert) => (
                <AlertItem key={alert.id} alert={alert} />
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
