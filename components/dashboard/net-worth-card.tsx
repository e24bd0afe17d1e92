import { Card } from '@/components/ui/card';
import { LazyNetWorthChart as NetWorthChart } from '@/components/charts/lazy-charts';
import { chartValue, Money } from '@/components/transactions/money';
import { formatMonth } from '@/lib/dates';
import { getDb } from '@/lib/db';
import { getAccountBalances, getNetWorthSeries } from '@/lib/insights/net-worth';
import { summariseNetWorth } from '@/lib/insights/net-worth-summary';
import { groupHoldingsByAccount, listHoldings } from '@/lib/investments/queries';
import { DataTable } from './data-table';

export async function NetWorthCard({ userId }: { userId: string }) {
  const db = getDb();
  const [balances, series, holdings] = await Promise.all([getAccountBalances(db, userId), getNetWorthSeries(db, userId), listHoldings(db, userId)]);
  const summary = summariseNetWorth(balances);
  const holdingsByAccount = groupHoldingsByAccount(holdings);
  return (
    <Card title="Balances and net worth">
      <p className="text-sm text-slate-600 dark:text-slate-400">Net worth</p>
      <p className="text-2xl font-semibold"><Money minor={summary.netWorthMinor} /></p>
      {summary.investmentsMinor !== 0n ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Includes <Money minor={summary.investmentsMinor} /> in investments at market value
        </p>
      ) : null}
      <ul className="mt-3 space-y-1 text-sm">
        {balances.map((b) => (
          <li key={b.id}>
            <div className="flex justify-between gap-3">
              <span>{b.name}{b.liability ? ' (owed)' : ''}</span>
              <Money minor={b.liability ? -b.balanceMinor : b.balanceMinor} />
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
            caption="Net worth per month"
            headers={['Month', 'Assets', 'Owed', 'Net worth']}
            rows={[...series].reverse().map((p) => [formatMonth(p.month), <Money key="a" minor={p.assetsMinor} />, <Money key="l" minor={p.liabilitiesMinor} />, <Money key="n" minor={p.netWorthMinor} />])}
            collapsible
          />
        </>
      ) : (
        <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">The history fills in as Cashlens records your balances after each sync.</p>
      )}
    </Card>
  );
}
