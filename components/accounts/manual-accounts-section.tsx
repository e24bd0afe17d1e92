import { listManualAccounts } from '@/lib/accounts/manual-accounts';
import { manualKindOptions } from '@/lib/accounts/manual-kinds';
import { listRecentManualTransactions } from '@/lib/accounts/manual-transactions';
import { ensureDefaultCategories } from '@/lib/categories/ensure-categories';
import { toIsoDay } from '@/lib/dates';
import { getDb } from '@/lib/db';
import { getHomeCurrency } from '@/lib/insights/net-worth';
import { WriteOnly } from '@/components/workspaces/workspace-role';
import { AddManualAccountForm } from './add-manual-account-form';
import { ManualAccountPanel } from './manual-account-panel';

/** The Accounts page's "Manual accounts": cash, property, vehicles, loans and off-line accounts. */
export async function ManualAccountsSection({ workspaceId }: { workspaceId: string }) {
  const db = getDb();
  const [accounts, categories, currency] = await Promise.all([listManualAccounts(db, workspaceId), ensureDefaultCategories(db, workspaceId), getHomeCurrency(db, workspaceId)]);
  const recent = await Promise.all(accounts.map((account) => listRecentManualTransactions(db, workspaceId, account.id)));
  const today = toIsoDay(new Date());
  return (
    <section aria-labelledby="manual-accounts-title" className="mt-10 space-y-4">
      <div>
        <h2 id="manual-accounts-title" className="text-lg font-semibold">
          Manual accounts
        </h2>
        <WriteOnly
          fallback={
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Cash, a house, a car, a loan from family or an account Cashlens can&apos;t link, kept by hand. They count in budgets, the dashboard and net worth.
              {accounts.length === 0 ? ' None yet; an owner or member of this workspace can add one.' : null}
            </p>
          }
        >
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Cash, a house, a car, a loan from family or an account Cashlens can&apos;t link: add it here, update its value now and then, and enter its transactions by hand. They count in your budgets, dashboard and net worth.
          </p>
        </WriteOnly>
      </div>
      {accounts.map((account, index) => (
        <ManualAccountPanel key={account.id} account={account} recent={recent[index] ?? []} categories={categories} today={today} />
      ))}
      <WriteOnly>
        <section aria-labelledby="add-manual-title" className="rounded-lg border border-dashed border-slate-300 bg-white p-4 sm:p-6 dark:border-slate-700 dark:bg-slate-900">
          <h3 id="add-manual-title" className="mb-3 text-sm font-semibold">
            Add account
          </h3>
          <AddManualAccountForm kinds={manualKindOptions()} today={today} defaultCurrency={currency} />
        </section>
      </WriteOnly>
    </section>
  );
}
