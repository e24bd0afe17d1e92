import type { ReactNode } from 'react';

/**
 * On a phone the filter fields fold behind one "Filters" summary that counts the active filters;
 * from 640 px up they are always shown and the summary is not (`.filter-fold` in globals.css).
 * A native <details>, not a button and state: the page arrives already folded, so nothing moves
 * when React starts (on a phone, unfolding after hydration was most of the page's layout shift),
 * and it works without JavaScript.
 */
export function FilterPanel({ activeCount, children }: { activeCount: number; children: ReactNode }) {
  return (
    <details className="filter-fold group">
      <summary className="flex min-h-10 w-full cursor-pointer list-none items-center justify-between gap-2 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 [&::-webkit-details-marker]:hidden">
        <span>
          Filters{' '}
          {activeCount ? <span className="ml-1 rounded-full bg-brand-600 px-2 py-0.5 text-xs text-white">{activeCount}<span className="sr-only"> active</span></span> : null}
        </span>
        <span aria-hidden="true" className="group-open:rotate-180">▾</span>
      </summary>
      <div className="max-sm:mt-3">{children}</div>
    </details>
  );
}
