import Link from 'next/link';
import { fieldClasses } from '@/components/transactions/category-select';
import { Button, buttonClasses } from '@/components/ui/button';
import { addMonths } from '@/lib/dates';

// At their own widths and gaps (Chromium's month field is wide) the next-month arrow fell to a
// second row on a 360–390 px phone; "September 2026" still fits the narrower field.
const phoneTight = 'max-sm:px-3';

/**
 * Previous / next month links and a month field, as a plain GET form: it works without
 * JavaScript and the chosen month stays in the URL (?month=YYYY-MM), so it can be shared.
 * On a phone the previous and next links show only their arrows (their names stay for screen
 * readers), so the whole picker fits one row above the page's figures.
 */
export function MonthPicker({ path, month, id }: { path: string; month: string; id: string }) {
  const href = (m: string) => `${path}?month=${m}`;
  return (
    <nav aria-label="Choose a month" className="flex flex-wrap items-end gap-2 max-sm:gap-1.5">
      <Link className={`${buttonClasses('secondary')} ${phoneTight}`} href={href(addMonths(month, -1))}>
        <span aria-hidden="true">‹</span>
        <span className="sr-only sm:not-sr-only sm:ml-1">Previous month</span>
      </Link>
      <form method="get" action={path} className="flex items-end gap-2 max-sm:gap-1.5">
        <div className="space-y-1">
          <label htmlFor={id} className="block text-sm font-medium">Month</label>
          <input id={id} name="month" type="month" defaultValue={month} required className={`${fieldClasses} max-sm:w-44 max-sm:px-2`} />
        </div>
        <Button type="submit" variant="secondary" className={phoneTight}>
          Show
        </Button>
      </form>
      <Link className={`${buttonClasses('secondary')} ${phoneTight}`} href={href(addMonths(month, 1))}>
        <span className="sr-only sm:not-sr-only sm:mr-1">Next month</span>
        <span aria-hidden="true">›</span>
      </Link>
    </nav>
  );
}
