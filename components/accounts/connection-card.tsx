import type { ReactNode } from 'react';
import type { ConnectionView } from '@/lib/accounts/queries';
import { AccountsTable } from '@/components/accounts/accounts-table';
import { HoldingsTable } from '@/components/accounts/holdings-table';
import type { HoldingView } from '@/lib/investments/queries';
import { ConnectBankButton } from '@/components/accounts/connect-bank-button';
import { DisconnectForm } from '@/components/accounts/disconnect-form';
import { InstitutionMark } from '@/components/accounts/institution-mark';
import { ManageSharingButton } from '@/components/accounts/manage-sharing-button';
import { ConnectionStatusBadge } from '@/components/accounts/status-badge';
import { WriteOnly } from '@/components/workspaces/workspace-role';
import type { InstitutionSummary } from '@/lib/bank/institutions';
import { formatDateTime } from '@/lib/dates';

// The connection's bank as the registry knows it; securityCenterUrl is null when the bank has none configured.
type Props = { connection: ConnectionView; institution: InstitutionSummary; securityCenterUrl: string | null; syncPanel?: ReactNode; holdings?: ReadonlyMap<string, HoldingView[]>; viewerId: string };

export function ConnectionCard({ connection, institution, securityCenterUrl, syncPanel, holdings, viewerId }: Props) {
  const bankName = institution.name;
  const lastUpdate = connection.lastSyncedAt ?? connection.updatedAt;
  const heading = `${bankName} connection`;
  return (
    <section aria-label={heading} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="flex items-center gap-3 text-lg font-semibold">
            <InstitutionMark institution={institution} />
            {bankName} <ConnectionStatusBadge status={connection.status} />
          </h2>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            Last updated {formatDateTime(lastUpdate)}
            {connection.consentedAt ? ` · shared since ${formatDateTime(connection.consentedAt)}` : null}
          </p>
          {connection.status === 'reconnect_needed' ? (
            <p role="alert" className="mt-2 text-sm text-amber-800 dark:text-amber-200">
              {bankName} no longer accepts this connection{connection.statusReason ? ` (${connection.statusReason})` : ''}.{' '}
              <WriteOnly fallback="An owner or member of this workspace can reconnect it; the accounts and history are kept.">
                Reconnect to resume updates; your accounts and history are kept.
              </WriteOnly>
            </p>
          ) : null}
        </div>
        <WriteOnly>
          <div className="flex flex-wrap items-center gap-2">
            {connection.status === 'active' ? (
              securityCenterUrl ? <ManageSharingButton url={securityCenterUrl} connectionId={connection.id} bankName={bankName} /> : null
            ) : (
              <ConnectBankButton label="Reconnect" reconnectConnectionId={connection.id} />
            )}
            <DisconnectForm connectionId={connection.id} bankName={bankName} />
          </div>
        </WriteOnly>
      </div>
      {syncPanel ? <div className="mt-4">{syncPanel}</div> : null}
      <div className="mt-4">
        <AccountsTable accounts={connection.accounts} caption={`Accounts shared through ${heading}`} viewerId={viewerId} />
      </div>
      {connection.accounts.map((account) => {
        const positions = holdings?.get(account.id);
        return positions && positions.length > 0 ? (
          <div key={account.id} className="mt-4">
            <HoldingsTable accountName={account.name} holdings={positions} />
          </div>
        ) : null;
      })}
    </section>
  );
}
