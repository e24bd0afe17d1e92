import { LazySpendingChart as SpendingChart } from '@/components/charts/lazy-charts';
import { chartValue } from '@/components/transactions/money';
import { Card } from '@/components/ui/card';
import { formatMonth } from '@/lib/dates';
import { getDb } from '@/lib/db';
import type { SpendingReport } from '@/lib/insights/spending-report';
import { readSpendingPage } from '@/lib/page-cache/cached-pages';
import { SpendingTable } from './spending-table';

const CHART_CATEGORIES = 6;

/** The biggest categories as their own series, the rest summed as "Other" so the chart stays readable. */
function chartData(report: SpendingReport) {
  const top = report.rows.slice(0, CHART_CATEGORIES);
  const rest = report.rows.slice(CHART_CATEGORIES);
  const series = [...top.map((row, index) => ({ key: `c${index}`, name: row.label })), ...(rest.length ? [{ key: 'other', name: 'Other' }] : [])];
  const data = report.months.map((month, index) => {
    const point: Record<string, number | string> = { label: formatMonth(month, 'short') };
    top.forEach((row, i) => (point[`c${i}`] = chartValue(row.cells[index]!)));
    if (rest.length) point.other = chartValue(rest.reduce((sum, row) => sum + row.cells[index]!, 0n));
    return point as { label: string } & Record<string, number | string>;
  });
  return { series, data };
}

export async function SpendingSummary({ workspaceId, months }: { workspaceId: string; months: string[] }) {
  const report = await readSpendingPage(getDb(), workspaceId, months);
  if (report.rows.length === 0) {
    return (
      <Card title="Spending by category and month">
        <p className="text-sm text-slate-600 dark:text-slate-400">No spending in these months.</p>
      </Card>
    );
  }
  const chart = chartData(report);
  return (
    <Card title="Spending by category and month">
      <SpendingChart data={chart.data} series={chart.series} />
      <div className="mt-4">
        <SpendingTable report={report} />
      </div>
    </Card>
  );
}
