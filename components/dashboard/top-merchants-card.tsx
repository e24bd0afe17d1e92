import { Card } from '@/components/ui/card';
import { Money } from '@/components/transactions/money';
import { getDb } from '@/lib/db';
import { readDashboardMerchants } from '@/lib/page-cache/cached-pages';
import { DataTable } from './data-table';

export async function TopMerchantsCard({ workspaceId, month }: { workspaceId: string; month: string }) {
  const merchants = await readDashboardMerchants(getDb(), workspaceId, month);
  return (
    <Card title="Top merchants, last 3 months">
      {merchants.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">Nothing spent yet.</p>
      ) : (
        <DataTable caption="Top merchants by money out" headers={['Merchant', 'Payments', 'Total']} rows={merchants.map((m) => [m.merchant, m.count, <Money key="t" minor={m.totalMinor} />])} />
      )}
    </Card>
  );
}
