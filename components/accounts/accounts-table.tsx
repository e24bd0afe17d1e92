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

// Below 640 px each account is a small grid instead of a row of five columns, which a phone had
// to scroll sideways to reach the balance: the name and type on the left, the current balance on
// the right where it is never cut off, and the available amount and credit line under it, named,
// when the bank reports them.
const phoneRow = 'max-sm:grid max-sm:grid-cols-[minmax(0,1fr)_auto] max-sm:gap-x-3 max-sm:py-2';
const phoneLeft = 'max-sm:col-start-1 max-sm:py-0';
const phoneRight = 'max-sm:col-start-2 max-sm:py-0 max-sm:pr-0';

/** A figure cell that on a phone says what it is (the column headers are not shown there) and is left out when empty. */
function FigureCell({ label, value, currency, className }: { label: string; value: bigint | null; currency: string; className: string }) {
  return (
    <td className={`tabular py-2 text-right ${phoneRight} max-sm:text-xs max-sm:text-slate-600 max-sm:dark:text-slate-400 ${value === null ? 'max-sm:hidden' : ''} ${className}`}>
      <span className="sm:hidden">{label} </span>
      {money(value, currency)}
    </td>
  );
}

export function AccountsTable({ accounts, caption, viewerId }: { accounts: AccountView[]; caption: string; viewerId: string }) {
  return (
    // Focusable and named so a keyboard user can scroll the table sideways where it is wider than the screen.
    <div className="overflow-x-auto" tabIndex={0} role="group" aria-label={caption}>
      <table className="w-full text-left text-sm max-sm:block sm:min-w-[32rem]">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs uppercase text-slate-600 max-sm:sr-only dark:text-slate-400">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">Account</th>
            <th scope="col" className="py-2 pr-4 font-medium">Type</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">Current balance</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">Available</th>
            <th scope="col" className="py-2 text-right font-medium">Credit line</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 max-sm:block dark:divide-slate-800">
          {accounts.map((account) => (
            <tr key={account.id} className={`${phoneRow} ${account.sharing === 'shared' ? '' : 'text-slate-600 dark:text-slate-400'}`}>
              <th scope="row" className={`py-2 pr-4 font-medium ${phoneLeft} max-sm:row-start-1 max-sm:break-words`}>
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
              <td className={`py-2 pr-4 ${phoneLeft} max-sm:row-start-2 max-sm:text-xs max-sm:text-slate-600 max-sm:dark:text-slate-400`}>{TYPE_LABELS[account.accountType] ?? account.accountType}</td>
              <td className={`tabular py-2 pr-4 text-right font-medium sm:font-normal ${phoneRight} max-sm:row-start-1`}>
                {money(account.currentBalanceMinor === null ? null : shownBalance(account.currentBalanceMinor, isLiabilityAccount(account)), account.currency)}
              </td>
              <FigureCell label="Available" value={account.availableBalanceMinor} currency={account.currency} className="pr-4" />
              <FigureCell label="Credit line" value={account.creditLineMinor} currency={account.currency} className="" />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
