import Link from 'next/link';
import { fieldClasses } from '@/components/transactions/category-select';
import { Button, buttonClasses } from '@/components/ui/button';
import { addMonths } from '@/lib/dates';

/**
 * Previous / next month links and a month field, as a plain GET form: it works without
 * JavaScript and the chosen month stays in the URL (?month=YYYY-MM), so it can be shared.
 * On a phone the previous and next links show only their arrows (their names stay for screen
 * readers), so the whole picker fits one row above the page's figures.
 */
export function MonthPicker({ path, month, id }: { path: string; month: string; id: string }) {
  const href = (m: string) => `${path}?month=${m}`;
  return (
    <nav aria-label="Choose a month" className="flex flex-wrap items-end gap-2">
      <Link className={buttonClasses('secondary')} href={href(addMonths(month, -1))}>
        <span aria-hidden="true">‹</span>
        <span className="sr-only sm:not-sr-only sm:ml-1">Previous month</span>
      </Link>
      <form method="get" action={path} className="flex items-end gap-2">
        <div className="space-y-1">
          <label htmlFor={id} className="block text-sm font-medium">Month</label>
          <input id={id} name="month" type="month" defaultValue={month} required className={fieldClasses} />
        </div>
        <Button type="submit" variant="secondary">Show</Button>
      </form>
      <Link className={buttonClasses('secondary')} href={href(addMonths(month, 1))}>
        <span className="sr-only sm:not-sr-only sm:mr-1">Next month</span>
        <span aria-hidden="true">›</span>
      </Link>
    </nav>
  );
}
