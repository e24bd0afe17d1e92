import type { Metadata } from 'next';
import Link from 'next/link';
import { RenamePayeeForm } from '@/components/payees/rename-payee-form';
import { PageHeader } from '@/components/shell/page-header';
import { Money } from '@/components/transactions/money';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { WriteOnly } from '@/components/workspaces/workspace-role';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { getDb } from '@/lib/db';
import { listPayees } from '@/lib/payees/list-payees';

export const metadata: Metadata = { title: 'Payees' };

type Search = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.slice(0, 200) ?? '';

export default async function PayeesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireWorkspace('read');
  const params = await searchParams;
  const q = one(params.q).trim();
  const page = Math.min(10_000, Math.max(1, Number.parseInt(one(params.page), 10) || 1));
  const { items, hasMore } = await listPayees(getDb(), actor.workspaceId, { q, page });
  const editing = items.find((item) => item.payeeKey === one(params.edit));
  const link = (extra: Record<string, string>) => `/transactions/payees?${new URLSearchParams({ ...(q ? { q } : {}), ...extra })}`;
  return (
    <>
      <PageHeader title="Payees">
        <Link href="/transactions" className="text-sm font-medium text-brand-700 underline dark:text-brand-100">Back to transactions</Link>
      </PageHeader>
      {editing ? (
        <WriteOnly>
          <div className="mb-4">
            <Card title={`Rename ${editing.name}`}>
              <RenamePayeeForm payeeKey={editing.payeeKey} name={editing.name} count={editing.count} />
            </Card>
          </div>
        </WriteOnly>
      ) : null}
      <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-2" action="/transactions/payees">
        <div>
          <label htmlFor="payee-q" className="block text-sm font-medium">Find a payee</label>
          <input id="payee-q" name="q" type="search" defaultValue={q} className="block rounded-md border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-600 dark:bg-slate-900" />
        </div>
        <button type="submit" className={buttonClasses('secondary')}>Search</button>
      </form>
      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">No payees{q ? ' match that name' : ' yet'}.</p>
      ) : (
        <table className="w-full text-sm">
          <caption className="sr-only">Payees, most transactions first</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left dark:border-slate-700">
              <th scope="col" className="p-2">Payee</th>
              <th scope="col" className="p-2 text-right">Transactions</th>
              <th scope="col" className="p-2 text-right">Total</th>
              <WriteOnly>
                <th scope="col" className="p-2"><span className="sr-only">Actions</span></th>
              </WriteOnly>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.payeeKey} className="border-b border-slate-100 last:border-0 dark:border-slate-800">
                <td className="p-2">
                  <Link href={`/transactions?${new URLSearchParams({ q: item.name })}`} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">{item.name}</Link>
                  {item.renamed ? <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">(your name)</span> : null}
                </td>
                <td className="p-2 text-right tabular-nums">{item.count}</td>
                <td className="p-2 text-right"><Money minor={item.totalMinor} currency="USD" signed /></td>
                <WriteOnly>
                  <td className="p-2 text-right">
                    <Link href={link({ edit: item.payeeKey, ...(page > 1 ? { page: String(page) } : {}) })} className="text-brand-700 underline dark:text-brand-100" aria-label={`Rename ${item.name}`}>Rename</Link>
                  </td>
                </WriteOnly>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm">
        {page > 1 ? <Link className={buttonClasses('secondary')} href={link({ page: String(page - 1) })}>Previous page</Link> : <span />}
        <span className="text-slate-600 dark:text-slate-400">Page {page}</span>
        {hasMore ? <Link className={buttonClasses('secondary')} href={link({ page: String(page + 1) })}>Next page</Link> : <span />}
      </nav>
    </>
  );
}
