import type { Metadata } from 'next';
import { ConnectBankEmptyState } from '@/components/shell/empty-state';
import { PageHeader } from '@/components/shell/page-header';
import { requireUser } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Cash flow' };

export default async function CashFlowPage() {
  await requireUser();
  return (
    <>
      <PageHeader title="Cash flow" />
      <ConnectBankEmptyState
        title="See money in and money out"
        description="Connect your business or personal accounts to see inflow, outflow and runway month by month, across your full history."
      />
    </>
  );
}
