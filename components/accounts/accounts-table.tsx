import Link from 'next/link';
import { isLiabilityAccount, shownBalance } from '@/lib/accounts/liability';
import type { AccountView } from '@/lib/accounts/queries';
import { WriteOnly } from '@/components/workspaces/workspace-role';
import { formatMoney } from '@/lib/money';
import { AccountPrivacyControl } from './account-privacy-form';

const TYPE_LABELS: Record<string, string> = {
  CHECKING: 'Checking',
  SAVINGS: 'Savings',
  CREDITCARD: 'Credit card',
  MORTGAGE: 'Mortgage',
  LINEOFCREDIT: 'Line of credit',
  TAXABLE: 'Brokerage',
  BROKERAGEPRODUCT: 'Brokerage',
  IRA: 'IRA',
  ROTH: 'Roth IRA',
  '401K': '401(k)',
};

function money(value: bigint | null, currency: string): string {
  return value === null ? '—' : formatMoney(value, currency);
}

export function AccountsTable({ accounts, caption, viewerId }: { accounts: AccountView[]; caption: string; viewerId: string }) {
  return (
    // Focusable and named so a keyboard user can scroll the table sideways on a phone.
    <div className="overflow-x-auto" tabIndex={0} role="group" aria-label={caption}>
      <table className="w-full min-w-[32rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs uppercase text-slate-600 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">Account</th>
            <th scope="col" className="py-2 pr-4 font-medium">Type</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">Current balance</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">Available</th>
            <th scope="col" className="py-2 text-right font-medium">Credit line</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {accounts.map((account) => (
            <tr key={account.id} className={account.sharing === 'shared' ? '' : 'text-slate-600 dark:text-slate-400'}>
              <th scope="row" className="py-2 pr-4 font-medium">
                {account.name} {account.maskedNumber ? <span className="font-normal text-slate-600 dark:text-slate-400">{account.maskedNumber}</span> : null}
                {account.accountCategory !== 'INVESTMENT_ACCOUNT' ? (
                  <WriteOnly>
                    <Link href={`/accounts/${account.id}/import`} className="ml-2 text-xs font-normal text-brand-700 underline dark:text-brand-300" aria-label={`Import a file into ${account.name}`}>
                      Import file
                    </Link>
                  </WriteOnly>
                ) : null}
                <AccountPrivacyControl account={account} viewerId={viewerId} />
                {account.sharing === 'shared' ? null : (
                  <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold text-slate-700 dark:bg-slate-700 dark:text-slate-200">No longer shared</span>
                )}
              </th>
              <td className="py-2 pr-4">{TYPE_LABELS[account.accountType] ?? account.accountType}</td>
              <td className="tabular py-2 pr-4 text-right">{money(account.currentBalanceMinor === null ? null : shownBalance(account.currentBalanceMinor, isLiabilityAccount(account)), account.currency)}</td>
              <td className="tabular py-2 pr-4 text-right">{money(account.availableBalanceMinor, account.currency)}</td>
              <td className="tabular py-2 text-right">{money(account.creditLineMinor, account.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
