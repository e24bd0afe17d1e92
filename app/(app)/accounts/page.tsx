import type { Metadata } from 'next';
import { ConnectBankEmptyState } from '@/components/shell/empty-state';
import { PageHeader } from '@/components/shell/page-header';
import { requireUser } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Accounts' };

export default async function AccountsPage() {
  await requireUser();
  return (
    <>
      <PageHeader title="Accounts" />
      <ConnectBankEmptyState
        title="No linked accounts"
        description="Link your Chase accounts to bring in balances and transactions. You choose which accounts to share, and you can stop sharing at any time."
      />
    </>
  );
}
