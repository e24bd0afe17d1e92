import Link from 'next/link';
import { DataTable } from '@/components/dashboard/data-table';
import { Money } from '@/components/transactions/money';
import { formatMonth } from '@/lib/dates';
import { spendingDrillDownHref } from '@/lib/insights/spending-drill-down';
import type { SpendingReport, SpendingRow } from '@/lib/insights/spending-report';

const linkClass = 'text-brand-700 underline-offset-2 hover:underline dark:text-brand-100';

/** Categories down, months across; each cell opens the transactions behind it. */
export function SpendingTable({ report }: { report: SpendingReport }) {
  const cell = (row: SpendingRow, index: number) => {
    const minor = row.cells[index]!;
    const month = report.months[index]!;
    if (minor === 0n || !row.filterValue) return <Money minor={minor} />;
    return (
      <Link href={spendingDrillDownHref(row.filterValue, month)} className={linkClass}>
        <Money minor={minor} />
        <span className="sr-only">: {row.label} transactions in {formatMonth(month)}</span>
      </Link>
    );
  };
  return (
    <DataTable
      caption="Spending by category and month"
      headers={['Category', ...report.months.map((m) => formatMonth(m, 'short')), 'Total']}
      rows={[
        ...report.rows.map((row) => [row.label, ...report.months.map((_, index) => cell(row, index)), <Money key="t" minor={row.totalMinor} className="font-medium" />]),
        ['Total', ...report.monthTotals.map((minor, index) => <Money key={index} minor={minor} className="font-medium" />), <Money key="t" minor={report.totalMinor} className="font-semibold" />],
      ]}
    />
  );
}
