import type { Metadata } from 'next';
import { ConnectBankChooser } from '@/components/accounts/connect-bank-chooser';
import { ConnectionCard } from '@/components/accounts/connection-card';
import { ConnectionSyncPanel } from '@/components/accounts/connection-sync-panel';
import { ManualAccountsSection } from '@/components/accounts/manual-accounts-section';
import { PageHeader } from '@/components/shell/page-header';
import { FormMessage } from '@/components/ui/form-message';
import { WriteOnly } from '@/components/workspaces/workspace-role';
import { listConnections } from '@/lib/accounts/queries';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { findInstitution, listInstitutionSummaries, type InstitutionSummary } from '@/lib/bank/institutions';
import { bankErrorMessage, bankNoticeMessage } from '@/lib/bank/connect-errors';
import { getDb } from '@/lib/db';
import { groupHoldingsByAccount, listHoldings } from '@/lib/investments/queries';

export const metadata: Metadata = { title: 'Accounts' };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function AccountsPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireWorkspace('read');
  const params = await searchParams;
  const institutions = listInstitutionSummaries();
  const [connections, holdings] = await Promise.all([listConnections(getDb(), actor.workspaceId), listHoldings(getDb(), actor.workspaceId)]);
  const holdingsByAccount = groupHoldingsByAccount(holdings);
  const notice = typeof params.bank === 'string' ? bankNoticeMessage(params.bank) : undefined;
  const error = typeof params.bank_error === 'string' ? bankErrorMessage(params.bank_error) : undefined;
  const bankNames = institutions.map((institution) => institution.name).join(' or ');

  return (
    <>
      <PageHeader title="Accounts">
        {connections.length > 0 ? (
          <WriteOnly>
            <ConnectBankChooser institutions={institutions} variant="secondary" />
          </WriteOnly>
        ) : null}
      </PageHeader>
      <div className="mb-4 space-y-2" aria-live="polite">
        <FormMessage message={notice} tone="success" />
        <FormMessage message={error} />
      </div>
      {connections.length === 0 ? (
        <WriteOnly
          fallback={
            <p id="connect" className="mx-auto mt-8 max-w-lg rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-400">
              No bank connected yet. An owner or member of this workspace can connect a bank.
            </p>
          }
        >
          <section id="connect" aria-labelledby="connect-title" className="mx-auto mt-8 max-w-lg rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center dark:border-slate-700 dark:bg-slate-900">
            <h2 id="connect-title" className="text-lg font-semibold">
              Connect your bank
            </h2>
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
              Link your {bankNames} accounts to bring in balances and transactions. You sign in at your bank, choose which accounts to share,
              and can stop sharing at any time. Cashlens never sees your bank password.
            </p>
            <div className="mt-6">
              <ConnectBankChooser institutions={institutions} />
            </div>
          </section>
        </WriteOnly>
      ) : (
        <div id="connect" className="space-y-6">
          {connections.map((connection) => (
            <ConnectionCard
              key={connection.id}
              connection={connection}
              {...institutionOf(connection.institution)}
              syncPanel={<ConnectionSyncPanel workspaceId={actor.workspaceId} connectionId={connection.id} />}
              holdings={holdingsByAccount}
              viewerId={actor.id}
            />
          ))}
        </div>
      )}
      <ManualAccountsSection workspaceId={actor.workspaceId} />
    </>
  );
}

/** The connection's bank from the registry; one removed from the configuration still shows, by its id. */
function institutionOf(id: string): { institution: InstitutionSummary; securityCenterUrl: string | null } {
  const bank = findInstitution(id);
  if (!bank) return { institution: { id, name: id, color: '#64748b', logoUrl: null }, securityCenterUrl: null };
  const { name, color, logoUrl } = bank;
  const securityCenterUrl = bank.securityCenterUrl ? `${bank.securityCenterUrl}?client_id=${encodeURIComponent(bank.clientId)}` : null;
  return { institution: { id, name, color, logoUrl }, securityCenterUrl };
}
