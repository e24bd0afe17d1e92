import type { Metadata } from 'next';
import { ConnectBankEmptyState } from '@/components/shell/empty-state';
import { PageHeader } from '@/components/shell/page-header';
import { requireUser } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Alerts' };

export default async function AlertsPage() {
  await requireUser();
  return (
    <>
      <PageHeader title="Alerts" />
      <ConnectBankEmptyState
        title="Nothing to watch yet"
        description="Connect your bank and Cashlens flags unusual charges, duplicate payments and card-testing bursts as they happen."
      />
    </>
  );
}
