import { Card } from '@/components/ui/card';
import { IncomeExpensesChart } from '@/components/charts/dashboard-charts';
import { chartValue, Money } from '@/components/transactions/money';
import { formatMonth } from '@/lib/dates';
import { getDb } from '@/lib/db';
import { readDashboardIncome } from '@/lib/page-cache/cached-pages';
import { DataTable } from './data-table';

export async function IncomeExpensesCard({ workspaceId, month }: { workspaceId: string; month: string }) {
  const months = await readDashboardIncome(getDb(), workspaceId, month);
  return (
    <Card title="Income and expenses, last 12 months">
      <IncomeExpensesChart data={months.map((m) => ({ label: formatMonth(m.month, 'short'), income: chartValue(m.inflowMinor), expenses: chartValue(m.outflowMinor) }))} />
      <DataTable
        caption="Income and expenses per month"
        headers={['Month', 'Money in', 'Money out', 'Net']}
        rows={[...months].reverse().map((m) => [formatMonth(m.month), <Money key="i" minor={m.inflowMinor} />, <Money key="o" minor={m.outflowMinor} />, <Money key="n" minor={m.netMinor} />])}
        collapsible
      />
    </Card>
  );
}
