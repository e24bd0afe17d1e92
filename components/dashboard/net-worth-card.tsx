import { Card } from '@/components/ui/card';
import { NetWorthChart } from '@/components/charts/dashboard-charts';
import { chartValue, Money } from '@/components/transactions/money';
import { shownBalance } from '@/lib/accounts/liability';
import { formatMonth } from '@/lib/dates';
import { getDb } from '@/lib/db';
import { netWorthTablePoints, summariseNetWorth } from '@/lib/insights/net-worth-summary';
import { groupHoldingsByAccount } from '@/lib/investments/queries';
import { readDashboardNetWorth } from '@/lib/page-cache/cached-pages';
import { DataTable } from './data-table';

export async function NetWorthCard({ workspaceId, now }: { workspaceId: string; now: Date }) {
  const { balances, series, currency, holdings } = await readDashboardNetWorth(getDb(), workspaceId, now);
  // Amounts in different currencies are never added: the total is in the home currency.
  const summary = summariseNetWorth(balances.filter((b) => b.currency === currency));
  const holdingsByAccount = groupHoldingsByAccount(holdings);
  return (
    <Card title="Balances and net worth">
      <p className="text-sm text-slate-600 dark:text-slate-400">Net worth</p>
      <p className="text-2xl font-semibold"><Money minor={summary.netWorthMinor} currency={currency} /></p>
      {summary.investmentsMinor !== 0n ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Includes <Money minor={summary.investmentsMinor} currency={currency} /> in investments at market value
        </p>
      ) : null}
      <ul className="mt-3 space-y-1 text-sm">
        {balances.map((b) => (
          <li key={b.id}>
            <div className="flex justify-between gap-3">
              <span>
                {b.name}
                {b.manual ? <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">Manual</span> : null}
                {b.currency !== currency ? <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">(not in the total: {b.currency})</span> : null}
              </span>
              <Money minor={shownBalance(b.balanceMinor, b.liability)} currency={b.currency} />
            </div>
            {b.kind === 'investment' && holdingsByAccount.has(b.id) ? (
              <ul aria-label={`Holdings in ${b.name}`} className="mt-1 space-y-0.5 pl-4 text-xs text-slate-600 dark:text-slate-400">
                {holdingsByAccount.get(b.id)!.map((h) => (
                  <li key={h.id} className="flex justify-between gap-3">
                    <span>{h.symbol ?? h.name}</span>
                    <Money minor={h.marketValueMinor} currency={h.currency} />
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {series.length > 1 ? (
        <>
          <NetWorthChart data={series.map((p) => ({ label: formatMonth(p.month, 'short'), assets: chartValue(p.assetsMinor), liabilities: chartValue(p.liabilitiesMinor), netWorth: chartValue(p.netWorthMinor) }))} />
          <DataTable
            caption="Net worth per month for the last year, then at each year's end"
            headers={['Month', 'Assets', 'Owed', 'Net worth']}
            rows={netWorthTablePoints(series).map((p) => [formatMonth(p.month), <Money key="a" minor={p.assetsMinor} currency={currency} />, <Money key="l" minor={shownBalance(p.liabilitiesMinor, true)} currency={currency} />, <Money key="n" minor={p.netWorthMinor} currency={currency} />])}
            collapsible
          />
        </>
      ) : (
        <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">The history fills in after your first sync, or as you add dated values to manual accounts.</p>
      )}
    </Card>
  );
}
