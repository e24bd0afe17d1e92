import type { Metadata } from 'next';
import { ConnectBankButton } from '@/components/accounts/connect-bank-button';
import { ConnectionCard } from '@/components/accounts/connection-card';
import { ConnectionSyncPanel } from '@/components/accounts/connection-sync-panel';
import { ManualAccountsSection } from '@/components/accounts/manual-accounts-section';
import { PageHeader } from '@/components/shell/page-header';
import { FormMessage } from '@/components/ui/form-message';
import { listConnections } from '@/lib/accounts/queries';
import { requireUser } from '@/lib/auth/current-user';
import { getBankConfig } from '@/lib/bank/config';
import { BANK_NOTICES, bankErrorMessage } from '@/lib/bank/connect-errors';
import { getDb } from '@/lib/db';

export const metadata: Metadata = { title: 'Accounts' };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function AccountsPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser();
  const params = await searchParams;
  const bank = getBankConfig();
  const connections = await listConnections(getDb(), user.id);
  const notice = typeof params.bank === 'string' ? BANK_NOTICES[params.bank] : undefined;
  const error = typeof params.bank_error === 'string' ? bankErrorMessage(params.bank_error) : undefined;
  const securityCenterUrl = `${bank.securityCenterUrl}?client_id=${encodeURIComponent(bank.clientId)}`;

  return (
    <>
      <PageHeader title="Accounts">{connections.length > 0 ? <ConnectBankButton label={`Connect ${bank.name}`} variant="secondary" /> : null}</PageHeader>
      <div className="mb-4 space-y-2" aria-live="polite">
        <FormMessage message={notice} tone="success" />
        <FormMessage message={error} />
      </div>
      {connections.length === 0 ? (
        <section id="connect" aria-labelledby="connect-title" className="mx-auto mt-8 max-w-lg rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center dark:border-slate-700 dark:bg-slate-900">
          <h2 id="connect-title" className="text-lg font-semibold">
            Connect your bank
          </h2>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            Link your {bank.name} accounts to bring in balances and transactions. You sign in at {bank.name}, choose which accounts to share,
            and can stop sharing at any time. Cashlens never sees your bank password.
          </p>
          <div className="mt-6">
            <ConnectBankButton label={`Connect ${bank.name}`} />
          </div>
        </section>
      ) : (
        <div id="connect" className="space-y-6">
          {connections.map((connection) => (
            <ConnectionCard
              key={connection.id}
              connection={connection}
              bankName={bank.name}
              securityCenterUrl={securityCenterUrl}
              syncPanel={<ConnectionSyncPanel userId={user.id} connectionId={connection.id} />}
            />
          ))}
        </div>
      )}
      <ManualAccountsSection userId={user.id} />
    </>
  );
}
