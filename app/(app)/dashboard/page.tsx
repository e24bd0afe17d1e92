import type { Metadata } from 'next';
import { ConnectBankEmptyState } from '@/components/shell/empty-state';
import { PageHeader } from '@/components/shell/page-header';
import { requireUser } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  await requireUser();
  return (
    <>
      <PageHeader title="Dashboard" />
      <ConnectBankEmptyState
        title="Your money at a glance"
        description="Connect your bank to see this month's spending against your budget, income and expenses over the last year, and your net worth."
      />
    </>
  );
}
