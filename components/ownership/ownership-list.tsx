import Link from 'next/link';
import { WriteOnly } from '@/components/workspaces/workspace-role';
import type { AccountOwnership } from '@/lib/reports/ownership-overview';
import { OwnershipBadge, OwnershipDetails } from './ownership-details';

export function OwnershipList({ accounts, profileSaved }: { accounts: AccountOwnership[]; profileSaved: boolean }) {
  return (
    <div className="grid gap-4">
      {!profileSaved ? (
        <WriteOnly fallback={<p className="text-sm">Ownership can be verified once an owner or member of this workspace adds a legal name and address in Settings.</p>}>
          <p className="text-sm">
            Add your legal name and address in{' '}
            <Link href="/settings#ownership-profile" className="text-brand-700 underline dark:text-brand-100">
              Settings
            </Link>{' '}
            to verify that you own these accounts.
          </p>
        </WriteOnly>
      ) : null}
      {accounts.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">No linked accounts yet.</p> : null}
      <ul className="grid gap-4">
        {accounts.map((account) => (
          <li key={account.accountId} className="border-t border-slate-200 pt-3 first:border-0 first:pt-0 dark:border-slate-800">
            <div className="flex flex-wrap items-center gap-2">
              <h3 className="font-semibold">
                {account.name}
                {account.maskedNumber ? <span className="font-normal text-slate-600 dark:text-slate-400"> ({account.maskedNumber})</span> : null}
              </h3>
              <OwnershipBadge status={account.ownership.status} />
            </div>
            <OwnershipDetails ownership={account.ownership} />
          </li>
        ))}
      </ul>
    </div>
  );
}
