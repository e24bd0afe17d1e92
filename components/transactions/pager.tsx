import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';

/** Previous / next links of a keyset-paged list (each link carries the filters and a cursor). */
export function Pager({ previousHref, nextHref }: { previousHref: string | null; nextHref: string | null }) {
  if (!previousHref && !nextHref) return null;
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm">
      {previousHref ? <Link className={buttonClasses('secondary')} href={previousHref}>Previous page</Link> : <span />}
      {nextHref ? <Link className={buttonClasses('secondary')} href={nextHref}>Next page</Link> : <span />}
    </nav>
  );
}
