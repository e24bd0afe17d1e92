import { Button } from '@/components/ui/button';
import { fieldClasses } from '@/components/transactions/category-select';
import type { CashFlowGrouping } from '@/lib/insights/cash-flow-buckets';

const GROUPING_LABELS: Record<CashFlowGrouping, string> = { auto: 'Automatic', month: 'Month', quarter: 'Quarter', year: 'Year' };

/** `grouping` adds a "Group by" choice (cash flow); without it the form picks months only. */
export function RangeForm({ from, to, action = '/cash-flow', grouping }: { from: string; to: string; action?: string; grouping?: CashFlowGrouping }) {
  const id = action.replace(/\W+/g, '');
  return (
    <form method="get" action={action} aria-label="Choose months" className="flex flex-wrap items-end gap-3">
      <div className="space-y-1">
        <label htmlFor={`${id}-from`} className="block text-sm font-medium">From month</label>
        <input id={`${id}-from`} name="from" type="month" defaultValue={from} className={fieldClasses} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-to`} className="block text-sm font-medium">To month</label>
        <input id={`${id}-to`} name="to" type="month" defaultValue={to} className={fieldClasses} />
      </div>
      {grouping ? (
        <div className="space-y-1">
          <label htmlFor={`${id}-group`} className="block text-sm font-medium">Group by</label>
          <select id={`${id}-group`} name="group" defaultValue={grouping} className={fieldClasses}>
            {Object.entries(GROUPING_LABELS).map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </select>
        </div>
      ) : null}
      <Button type="submit">Show</Button>
    </form>
  );
}
