import { LazyCashFlowChart as CashFlowChart } from '@/components/charts/lazy-charts';
import { DataTable } from '@/components/dashboard/data-table';
import { Money } from '@/components/transactions/money';
import { Card } from '@/components/ui/card';
import { formatCount } from '@/lib/counts';
import { getDb } from '@/lib/db';
import { readCashFlowPage } from '@/lib/page-cache/cached-pages';
import { bucketLabel, bucketMonths, bucketNoun, resolveBucketSize, type CashFlowGrouping } from '@/lib/insights/cash-flow-buckets';
import { ComparisonText } from './comparison';

export async function CashFlowSummary({ workspaceId, from, to, now, grouping }: { workspaceId: string; from: string; to: string; now: Date; grouping: CashFlowGrouping }) {
  const flow = await readCashFlowPage(getDb(), workspaceId, from, to, now);
  // The table has no width to fit: automatic means the grouping a phone's chart would use.
  const tableSize = resolveBucketSize(grouping, flow.months.length);
  const buckets = bucketMonths(flow.months, tableSize);
  const counterparties = (title: string, rows: typeof flow.topCustomers) => (
    <Card title={title}>
      {rows.length ? (
        <DataTable caption={title} headers={['Name', 'Payments', 'Total']} rows={rows.map((r) => [r.merchant, formatCount(r.count, 'payment'), <Money key="t" minor={r.totalMinor} />])} />
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">None in this range.</p>
      )}
    </Card>
  );
  return (
    <div className="space-y-4">
      <Card title="Summary">
        <dl className="grid gap-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
          <div><dt className="text-slate-600 dark:text-slate-400">Money in</dt><dd className="text-lg font-semibold"><Money minor={flow.totalInMinor} /></dd></div>
          <div><dt className="text-slate-600 dark:text-slate-400">Money out</dt><dd className="text-lg font-semibold"><Money minor={flow.totalOutMinor} /></dd></div>
          <div><dt className="text-slate-600 dark:text-slate-400">Spending</dt><dd className="text-lg font-semibold"><Money minor={flow.totalSpendingMinor} /></dd></div>
          {flow.totalOwnerDrawsMinor !== 0n ? <div><dt className="text-slate-600 dark:text-slate-400">Owner&apos;s draws (not spending)</dt><dd className="text-lg font-semibold"><Money minor={flow.totalOwnerDrawsMinor} /></dd></div> : null}
          <div><dt className="text-slate-600 dark:text-slate-400">Average monthly burn (last 6 months)</dt><dd className="text-lg font-semibold">{flow.averageBurnMinor > 0n ? <Money minor={flow.averageBurnMinor} /> : 'Not burning cash'}</dd></div>
          <div><dt className="text-slate-600 dark:text-slate-400">Runway</dt><dd className="text-lg font-semibold">{flow.runwayMonths === null ? 'Cash is growing' : `${flow.runwayMonths.toFixed(1)} months`} <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">on <Money minor={flow.cashMinor} /> in deposit accounts</span></dd></div>
        </dl>
        <dl className="mt-4 grid gap-3 text-sm sm:grid-cols-2">
          <ComparisonText title="Month over month" comparison={flow.monthOverMonth} />
          <ComparisonText title="Year over year" comparison={flow.yearOverYear} />
        </dl>
      </Card>
      <Card title="Money in and out">
        <CashFlowChart grouping={grouping} months={flow.months.map((m) => ({ month: m.month, inflowMinor: String(m.inflowMinor), outflowMinor: String(m.outflowMinor), netMinor: String(m.netMinor) }))} />
        <DataTable
          caption={`Cash flow per ${bucketNoun(tableSize)}`}
          headers={[tableSize === 'month' ? 'Month' : tableSize === 'quarter' ? 'Quarter' : 'Year', 'Money in', 'Money out', 'Net', 'Spending']}
          rows={[...buckets].reverse().map((b) => [bucketLabel(b, 'long'), <Money key="i" minor={b.inflowMinor} />, <Money key="o" minor={b.outflowMinor} />, <Money key="n" minor={b.netMinor} />, <Money key="s" minor={b.spendingMinor} />])}
          collapsible={buckets.length > 24}
        />
      </Card>
      <div className="grid gap-4 lg:grid-cols-2">
        {counterparties('Top customers', flow.topCustomers)}
        {counterparties('Top vendors', flow.topVendors)}
      </div>
    </div>
  );
}
