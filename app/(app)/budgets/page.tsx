import type { Metadata } from 'next';
import { ConnectBankEmptyState } from '@/components/shell/empty-state';
import { PageHeader } from '@/components/shell/page-header';
import { requireUser } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Budgets' };

export default async function BudgetsPage() {
  await requireUser();
  return (
    <>
      <PageHeader title="Budgets" />
      <ConnectBankEmptyState
        title="Budgets need spending to track"
        description="Connect your bank, then set a monthly amount per category and watch your progress as transactions arrive."
      />
    </>
  );
}
