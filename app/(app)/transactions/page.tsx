import type { Metadata } from 'next';
import { ConnectBankEmptyState } from '@/components/shell/empty-state';
import { PageHeader } from '@/components/shell/page-header';
import { requireUser } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Transactions' };

export default async function TransactionsPage() {
  await requireUser();
  return (
    <>
      <PageHeader title="Transactions" />
      <ConnectBankEmptyState
        title="No transactions yet"
        description="Connect your bank and every transaction from your shared accounts appears here, searchable and ready to categorize."
      />
    </>
  );
}
