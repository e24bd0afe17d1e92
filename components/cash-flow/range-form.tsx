import { Button } from '@/components/ui/button';
import { fieldClasses } from '@/components/transactions/category-select';

export function RangeForm({ from, to }: { from: string; to: string }) {
  return (
    <form method="get" action="/cash-flow" aria-label="Choose months" className="flex flex-wrap items-end gap-3">
      <div className="space-y-1">
        <label htmlFor="cf-from" className="block text-sm font-medium">From month</label>
        <input id="cf-from" name="from" type="month" defaultValue={from} className={fieldClasses} />
      </div>
      <div className="space-y-1">
        <label htmlFor="cf-to" className="block text-sm font-medium">To month</label>
        <input id="cf-to" name="to" type="month" defaultValue={to} className={fieldClasses} />
      </div>
      <Button type="submit">Show</Button>
    </form>
  );
}
