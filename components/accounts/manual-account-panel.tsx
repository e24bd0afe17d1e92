import Link from 'next/link';
import type { CategoryOption } from '@/components/transactions/category-select';
import { Money } from '@/components/transactions/money';
import { deleteBalanceValueAction, deleteManualAccountAction, deleteManualTransactionAction } from '@/lib/accounts/actions';
import { shownBalance } from '@/lib/accounts/liability';
import type { ManualAccountView } from '@/lib/accounts/manual-accounts';
import { describeManualKind, isManualKind } from '@/lib/accounts/manual-kinds';
import { formatDate } from '@/lib/dates';
import { currencyExponent, minorUnitsToDecimal } from '@/lib/money';
import { ActionButtonForm } from './action-form';
import { BalanceValueForm } from './balance-value-form';
import { ManualBadge } from './manual-badge';
import { ManualTransactionForm } from './manual-transaction-form';
import { Disclosure } from '@/components/ui/disclosure';
import { WriteOnly } from '@/components/workspaces/workspace-role';

type Recent = { id: string; day: string; amountMinor: bigint; currency: string; description: string; categoryId: string | null }[];

/** One manual account: its balance, value history and latest entries, with forms to add to them. */
export function ManualAccountPanel({ account, recent, categories, today }: { account: ManualAccountView; recent: Recent; categories: CategoryOption[]; today: string }) {
  const kind = isManualKind(account.kind) ? describeManualKind(account.kind) : null;
  const liability = kind?.liability ?? false;
  const titleId = `manual-${account.id}`;
  return (
    <section aria-labelledby={titleId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 id={titleId} className="flex flex-wrap items-center gap-2 text-base font-semibold">
            {account.name} <ManualBadge />
          </h3>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {kind?.label ?? account.kind} · {account.currency}
          </p>
          <WriteOnly>
            <Link href={`/accounts/${account.id}/import`} className="text-sm font-medium text-brand-700 underline dark:text-brand-300" aria-label={`Import a file into ${account.name}`}>
              Import file
            </Link>
          </WriteOnly>
        </div>
        <div className="text-right">
          <p className="text-xs text-slate-600 dark:text-slate-400">Balance</p>
          <p className="text-lg font-semibold">{account.balanceMinor === null ? '—' : <Money minor={shownBalance(account.balanceMinor, liability)} currency={account.currency} />}</p>
        </div>
      </div>

      <h4 className="mt-4 text-sm font-semibold">Values</h4>
      <ul className="mt-1 divide-y divide-slate-100 text-sm dark:divide-slate-800">
        {account.values.map((value) => (
          <li key={value.id} className="flex items-center justify-between gap-3 py-1">
            <span>{formatDate(value.day)}</span>
            <span className="flex items-center gap-2">
              <Money minor={shownBalance(value.balanceMinor, liability)} currency={account.currency} />
              <WriteOnly>
                <ActionButtonForm action={deleteBalanceValueAction} fields={{ valueId: value.id }} label="Delete" name={`Delete the value of ${formatDate(value.day)}`} pendingLabel="Deleting…" />
              </WriteOnly>
            </span>
          </li>
        ))}
      </ul>

      {recent.length ? (
        <>
          <h4 className="mt-4 text-sm font-semibold">Latest transactions</h4>
          <ul className="mt-1 divide-y divide-slate-100 text-sm dark:divide-slate-800">
            {recent.map((row) => (
              <li key={row.id} className="py-1">
                <div className="flex items-center justify-between gap-3">
                  <span className="min-w-0 truncate">
                    {formatDate(row.day)} · {row.description}
                  </span>
                  <span className="flex items-center gap-2">
                    <Money minor={row.amountMinor} currency={row.currency} signed />
                    <WriteOnly>
                      <ActionButtonForm action={deleteManualTransactionAction} fields={{ transactionId: row.id }} label="Delete" name={`Delete ${row.description}`} pendingLabel="Deleting…" />
                    </WriteOnly>
                  </span>
                </div>
                <WriteOnly>
                  <details>
                    <summary className="cursor-pointer text-xs text-brand-700 dark:text-brand-100">Edit</summary>
                    <div className="mt-2">
                      <ManualTransactionForm
                        accountId={account.id}
                        today={today}
                        categories={categories}
                        transaction={{
                          id: row.id,
                          day: row.day,
                          amount: minorUnitsToDecimal(row.amountMinor < 0n ? -row.amountMinor : row.amountMinor, currencyExponent(row.currency)),
                          direction: row.amountMinor < 0n ? 'out' : 'in',
                          description: row.description,
                          categoryId: row.categoryId,
                        }}
                      />
                    </div>
                  </details>
                </WriteOnly>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <WriteOnly>
        <Disclosure title="Add a value" className="mt-4">
          <BalanceValueForm accountId={account.id} today={today} liability={liability} />
        </Disclosure>
        <Disclosure title="Add a transaction" className="mt-3">
          <ManualTransactionForm accountId={account.id} today={today} categories={categories} />
        </Disclosure>
        <div className="mt-4 flex justify-end">
          <ActionButtonForm action={deleteManualAccountAction} fields={{ accountId: account.id }} label={`Delete ${account.name}`} pendingLabel="Deleting…" variant="danger" />
        </div>
      </WriteOnly>
    </section>
  );
}
