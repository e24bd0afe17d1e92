'use client';

import { useId, useState, type ReactNode } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';

/**
 * On a phone the filter fields fold behind one "Filters" button that counts the active filters;
 * from 640 px up they are always shown. Until React runs the fields stay open, so the plain GET
 * form works without JavaScript.
 */
export function FilterPanel({ activeCount, children }: { activeCount: number; children: ReactNode }) {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const folded = hydrated && !open;
  return (
    <>
      <button
        type="button"
        aria-expanded={!folded}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="inline-flex min-h-10 w-full items-center justify-between gap-2 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-900 sm:hidden dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      >
        <span>
          Filters{' '}
          {activeCount ? <span className="ml-1 rounded-full bg-brand-600 px-2 py-0.5 text-xs text-white">{activeCount}<span className="sr-only"> active</span></span> : null}
        </span>
        <span aria-hidden="true">{folded ? '▾' : '▴'}</span>
      </button>
      <div id={panelId} className={folded ? 'max-sm:hidden' : 'max-sm:mt-3'}>
        {children}
      </div>
    </>
  );
}
