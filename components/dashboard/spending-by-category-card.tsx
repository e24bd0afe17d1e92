import { Card } from '@/components/ui/card';
import { CategoryChart } from '@/components/charts/dashboard-charts';
import { chartValue, Money } from '@/components/transactions/money';
import { formatMonth } from '@/lib/dates';
import { getDb } from '@/lib/db';
import { readDashboardCategories } from '@/lib/page-cache/cached-pages';
import { DataTable } from './data-table';

export async function SpendingByCategoryCard({ workspaceId, month }: { workspaceId: string; month: string }) {
  const spending = await readDashboardCategories(getDb(), workspaceId, month);
  return (
    <Card title="Spending by category">
      {spending.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No spending in this month.</p>
      ) : (
        <>
          <CategoryChart data={spending.slice(0, 10).map((s) => ({ label: s.label, value: chartValue(s.spentMinor) }))} />
          <DataTable caption={`Spending by category, ${formatMonth(month)}`} headers={['Category', 'Spent']} rows={spending.map((s) => [s.label, <Money key="m" minor={s.spentMinor} />])} collapsible />
        </>
      )}
    </Card>
  );
}
