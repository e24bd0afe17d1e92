import { Button } from '@/components/ui/button';
import { fieldClasses } from '@/components/transactions/category-select';

export function RangeForm({ from, to, action = '/cash-flow' }: { from: string; to: string; action?: string }) {
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
      <Button type="submit">Show</Button>
    </form>
  );
}
